import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { preloadFontPlugin } from './scripts/vite-plugin-preload-font';
import { pwaPlugins } from './scripts/pwa-options';
import { contentPlugin } from './src/content/vite-plugin';
import { prerenderPlugin } from './src/content/prerender/vite-plugin';
import { resolveSiteOptions } from './src/content/prerender/site-options';

// BASE_PATH (a sub-path such as /news/) and SITE_URL (the public URL) say where the built site will live.
const site = resolveSiteOptions();

// SEEDS_DIR, SITE_NAME and STRICT in the environment override these options.
export default defineConfig({
  base: site.base,
  plugins: [
    contentPlugin({
      seedsDir: 'seeds',
      siteName: 'Newsreader',
    }),
    react(),
    prerenderPlugin(site),
    preloadFontPlugin(/literata-latin-wght-normal-[\w-]+\.woff2$/),
    pwaPlugins({ siteName: process.env.SITE_NAME?.trim() || 'Newsreader' }),
  ],
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Article bodies in their own folder, so the service worker caches them as they are read instead of precaching all.
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('virtual:content/body/') ? 'assets/articles/[name]-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
