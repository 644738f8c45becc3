import { useEffect, useState } from 'react';

/** How far below the top of the viewport a heading still counts as "the one being read" (clears the sticky header). */
const READING_LINE_PX = 120;

/** The id of the last heading scrolled past the reading line, for marking the outline. */
export function useActiveHeading(ids: readonly string[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  const key = ids.join('\n');

  useEffect(() => {
    if (typeof window === 'undefined' || ids.length === 0) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      let current: string | null = null;
      for (const id of ids) {
        const element = document.getElementById(id);
        if (element && element.getBoundingClientRect().top <= READING_LINE_PX) current = id;
      }
      setActive(current);
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('hashchange', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('hashchange', schedule);
      if (frame) window.cancelAnimationFrame(frame);
    };
    // `key` stands for `ids`: a new array of the same ids must not re-subscribe.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return active;
}
