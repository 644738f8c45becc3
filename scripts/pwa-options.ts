import type { Plugin, ResolvedConfig } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

/** Brand colours of the icon, also used for the installed app's title bar and splash screen. */
const THEME_COLOR = '#1f3a5f';
const BACKGROUND_COLOR = '#fbfaf7';

/**
 * Offline support (vite-plugin-pwa, Workbox's generateSW):
 * - the app shell (index.html, scripts, styles, the two everyday fonts, icons) is precached, with the small tables
 *   that locate each page's data and the first page of the home and section lists, so those open offline even
 *   unvisited; nothing else of the corpus is, so a 10,000-article site builds as a 10-article one does;
 * - pages, articles and other content data (list pages, entity pages, the search page's data) are cached as they
 *   are read, so what was read opens offline;
 * - a new build waits until the reader accepts the update prompt (registerType "prompt");
 * - registration is done by src/features/offline from the bundled script (no inline script, CSP-friendly).
 */
export function pwaOptions({ siteName }: { siteName: string }): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    injectRegister: false,
    filename: 'sw.js',
    manifest: {
      name: siteName,
      short_name: siteName.length > 12 ? siteName.slice(0, 12) : siteName,
      description: 'News articles to read online and offline.',
      lang: 'en',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: [
        'index.html',
        'theme-init.js',
        'assets/*.{js,css}',
        'assets/{literata,inter}-*.woff2',
        'assets/data/shard-*.js',
        'assets/data/list_2Fall_2F1-*.js',
        'assets/data/list_2Fsection_2F*_2F1-*.js',
      ],
      // Each reader's own articles and other data are cached as they are opened (below), not the whole corpus up front.
      globIgnores: ['assets/articles/**'],
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // Prerendered pages: fresh from the network when online; the copy from the last visit when not;
          // the app shell (which renders any route from cached data) for pages never visited.
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkFirst',
          options: {
            cacheName: 'pages',
            networkTimeoutSeconds: 4,
            expiration: { maxEntries: 300 },
            precacheFallback: { fallbackURL: 'index.html' },
          },
        },
        {
          // Body chunks are content-hashed: a cached one never goes stale.
          urlPattern: /\/assets\/articles\/[^/]+\.js$/,
          handler: 'CacheFirst',
          options: { cacheName: 'article-bodies', expiration: { maxEntries: 1000 } },
        },
        {
          // List pages, entity pages, indexes and search data: content-hashed like the bodies.
          urlPattern: /\/assets\/data\/[^/]+\.js$/,
          handler: 'CacheFirst',
          options: { cacheName: 'content-data', expiration: { maxEntries: 500 } },
        },
        {
          urlPattern: /\/assets\/[^/]+\.woff2$/,
          handler: 'CacheFirst',
          options: { cacheName: 'fonts', expiration: { maxEntries: 20 } },
        },
      ],
    },
  };
}

/**
 * vite-plugin-pwa keeps the last resolved config it is shown. The prerender's server build resolves one
 * after the client's, and the plugin would then take the whole build for SSR and write no service worker;
 * so it only ever sees the client's config and only runs in the client build.
 */
export function pwaPlugins(options: { siteName: string }): Plugin[] {
  return VitePWA(pwaOptions(options)).map((plugin) => {
    const hook = plugin.configResolved;
    const original = typeof hook === 'function' ? hook : hook?.handler;
    return {
      ...plugin,
      applyToEnvironment: (environment) => environment.name === 'client',
      configResolved(this: unknown, config: ResolvedConfig) {
        if (config.build.ssr || !original) return;
        return original.call(this as never, config);
      },
    };
  });
}
