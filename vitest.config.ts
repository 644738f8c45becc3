import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './src/content/vite-plugin';

export default defineConfig({
  // Route tests render the real app over small fixture seeds, through the real content plugin; two articles a
  // page, so the five fixture articles span several list pages.
  plugins: [contentPlugin({ seedsDir: 'tests/app/fixtures/seeds', siteName: 'Test Reader', pageSize: 2 }), react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/content/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/features/**/lib/**/*.test.ts', 'tests/shared/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/app/**/*.test.{ts,tsx}', 'tests/features/**/components/**/*.test.{ts,tsx}', 'tests/features/**/*.test.tsx'],
          setupFiles: ['tests/test-utils/setup-dom.ts'],
        },
      },
    ],
  },
});
