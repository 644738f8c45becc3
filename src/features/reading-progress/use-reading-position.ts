import { useEffect, useState } from 'react';
import { POSITIONS_KEY, parsePositions, positionToOffer, progressThrough, recordPosition, type ReadingPosition } from './lib/positions';

/** The line below the sticky header where reading happens; blocks above it count as read. */
function readingLine(): number {
  const header = document.querySelector('.site-header');
  return (header?.getBoundingClientRect().bottom ?? 0) + 16;
}

function readPositions() {
  try {
    return parsePositions(window.localStorage.getItem(POSITIONS_KEY));
  } catch {
    return {};
  }
}

function writePosition(slug: string, position: ReadingPosition): void {
  try {
    window.localStorage.setItem(POSITIONS_KEY, JSON.stringify(recordPosition(readPositions(), slug, position)));
  } catch {
    // storage full or blocked: the position is simply not remembered
  }
}

export function findBlocks(textSelector: string): HTMLElement[] {
  const text = document.querySelector(textSelector);
  return text ? ([...text.children] as HTMLElement[]) : [];
}

/**
 * Tracks how far through the article text (found by `textSelector`) the reader has scrolled, remembers it
 * per article, and returns the progress and any earlier position worth offering back.
 */
export function useReadingPosition(slug: string, textSelector: string): { progress: number; saved: ReadingPosition | null } {
  const [progress, setProgress] = useState(0);
  const [saved, setSaved] = useState<ReadingPosition | null>(null);

  useEffect(() => {
    let frame = 0;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    let latest: ReadingPosition | null = null;

    const measure = () => {
      frame = 0;
      const text = document.querySelector(textSelector);
      if (!text) return;
      const line = readingLine();
      const rect = text.getBoundingClientRect();
      const value = progressThrough(rect.top, rect.height, window.innerHeight, line);
      setProgress(value);
      const blocks = findBlocks(textSelector);
      const block = Math.max(0, blocks.findIndex((element) => element.getBoundingClientRect().bottom > line));
      latest = { block, progress: value, savedAt: Date.now() };
      // Only a scroll the reader made counts: opening the article must not wipe a remembered place.
      if (window.scrollY > 0 || value > 0) {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(save, 600);
      }
    };
    const save = () => {
      if (latest) writePosition(slug, latest);
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(measure);
    };

    const initial = window.requestAnimationFrame(() => {
      // Arriving at a #fragment is a request for that place: do not offer another.
      setSaved(window.location.hash ? null : positionToOffer(readPositions(), slug));
      const text = document.querySelector(textSelector);
      if (text) setProgress(progressThrough(text.getBoundingClientRect().top, text.getBoundingClientRect().height, window.innerHeight, readingLine()));
    });
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('pagehide', save);
      window.cancelAnimationFrame(initial);
      if (frame) window.cancelAnimationFrame(frame);
      if (saveTimer !== undefined) {
        clearTimeout(saveTimer);
        save();
      }
    };
  }, [slug, textSelector]);

  return { progress, saved };
}
