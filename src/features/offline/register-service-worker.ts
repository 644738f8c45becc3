/**
 * Registers the service worker built by vite-plugin-pwa (from this bundled file, so no inline script is
 * needed under a strict Content-Security-Policy). `onUpdate` is called when a newer build is installed and
 * waiting; calling the function it is given switches to that build and reloads the page.
 */
export async function registerServiceWorker(scriptUrl: string, onUpdate: (apply: () => void) => void): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(scriptUrl);
  workbox.addEventListener('waiting', () => {
    onUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  await workbox.register();
}
