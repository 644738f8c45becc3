import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve-static';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build (dist/, made by scripts/run-e2e.ts) the way a plain static host would. */
export default async function setup(project: TestProject) {
  const { server, url } = await serveStatic({ root: path.resolve('dist'), spaFallback: true });
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
