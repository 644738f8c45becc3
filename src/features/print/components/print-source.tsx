import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const pageUrl = () => window.location.origin + window.location.pathname;
const noUrl = () => null;

/**
 * The page's address, shown only on paper (see the print rules in global.css), so a printed article says
 * where it came from. Prerendered HTML does not know the host it will be served from, so it renders nothing
 * on the server and fills in once the page is running in the browser.
 */
export function PrintSource() {
  const url = useSyncExternalStore(subscribe, pageUrl, noUrl);
  if (!url) return null;
  return (
    <p className="print-only print-source">
      Read online at <span className="print-url">{url}</span>
    </p>
  );
}
