import { useState } from 'react';
import { flushSync } from 'react-dom';
import { findBlocks, useReadingPosition } from '../use-reading-position';
import './reading-progress.css';

interface ReadingProgressProps {
  slug: string;
  /** The element whose children are the article's paragraphs and subheadings. */
  textSelector: string;
}

/** A thin progress bar under the header, and an offer to continue where the reader left off last time. */
export function ReadingProgress({ slug, textSelector }: ReadingProgressProps) {
  const { progress, saved } = useReadingPosition(slug, textSelector);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const offer = dismissed === slug ? null : saved;

  const resume = () => {
    if (!offer) return;
    // Remove the offer first: it sits above the text, and scrolling before it goes would land too low.
    flushSync(() => setDismissed(slug));
    const block = findBlocks(textSelector)[offer.block];
    if (!block) return;
    if (!block.hasAttribute('tabindex')) block.setAttribute('tabindex', '-1');
    // Focus follows the reader to the paragraph, so screen readers continue from there too.
    block.focus({ preventScroll: true });
    block.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      {/* Visual only: screen-reader users have their own sense of position and would hear it change constantly. */}
      <div className="reading-progress" aria-hidden="true">
        {/* No style attribute at 0 (the prerendered state): a strict CSP blocks style attributes in HTML; the stylesheet starts it at 0. */}
        <div className="reading-progress-bar" style={progress > 0 ? { transform: `scaleX(${progress})` } : undefined} />
      </div>
      {offer ? (
        <section className="resume-reading" aria-label="Continue reading">
          <p>You read {Math.round(offer.progress * 100)}% of this article last time.</p>
          <div className="resume-reading-actions">
            <button type="button" className="resume-button" onClick={resume}>
              Continue where you left off
            </button>
            <button type="button" className="resume-dismiss" onClick={() => setDismissed(slug)}>
              Start from the top
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
