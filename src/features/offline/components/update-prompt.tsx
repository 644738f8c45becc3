import { useEffect, useState } from 'react';
import { registerServiceWorker } from '../register-service-worker';
import './update-prompt.css';

/**
 * Offers the new version when a new build has been deployed, instead of swapping the page under the reader.
 * The live region is always in the page so the offer is announced when it appears; focus is never taken.
 */
export function UpdatePrompt({ scriptUrl, enabled }: { scriptUrl: string; enabled: boolean }) {
  const [apply, setApply] = useState<(() => void) | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    registerServiceWorker(scriptUrl, (update) => {
      setDismissed(false);
      setApply(() => update);
    }).catch((error: unknown) => {
      // Offline support is an extra: the site works without it, so say why in the console and carry on.
      console.info('Offline reading is unavailable:', error);
    });
  }, [scriptUrl, enabled]);

  const visible = apply !== null && !dismissed;
  return (
    <div className="update-prompt-region" role="status" aria-live="polite">
      {visible ? (
        <div className="update-prompt">
          <p>A new version of this site is available.</p>
          <div className="update-prompt-actions">
            <button type="button" className="update-prompt-reload" onClick={apply}>
              Reload to update
            </button>
            <button type="button" className="update-prompt-later" onClick={() => setDismissed(true)}>
              Later
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
