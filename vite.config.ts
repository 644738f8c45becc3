import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './src/content/vite-plugin';

// SEEDS_DIR, SITE_NAME and STRICT in the environment override these options.
export default defineConfig({
  plugins: [
    contentPlugin({
      seedsDir: 'seeds',
      siteName: 'Newsreader',
    }),
    react(),
  ],
  build: {
    target: 'es2022',
  },
});
