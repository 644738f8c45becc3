import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lowPriorityAppPlugin } from './scripts/vite-plugin-low-priority-app';
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
    lowPriorityAppPlugin(),
    preloadFontPlugin(/literata-latin-wght-normal-[\w-]+\.woff2$/),
    pwaPlugins({ siteName: process.env.SITE_NAME?.trim() || 'Newsreader' }),
  ],
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Content data in folders of its own (articles, and lists, indexes and search data), so the service worker
        // precaches only the app shell and caches data as it is read (scripts/pwa-options.ts).
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          if (id.includes('virtual:content/item/article%2F')) return 'assets/articles/[name]-[hash].js';
          if (id.includes('virtual:content/shard/') || id.includes('virtual:content/shard-table/')) return 'assets/data/shard-[name]-[hash].js';
          if (id.includes('virtual:content/search/chunk/')) return 'assets/data/search-[name]-[hash].js';
          if (id.includes('virtual:content/titles/block/')) return 'assets/data/titles-[name]-[hash].js';
          if (id.includes('virtual:content/')) return 'assets/data/[name]-[hash].js';
          return 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
