// The server entry, built by Vite's SSR build so the virtual content modules resolve, then imported by
// the prerender step (src/content/prerender) in Node to write one HTML file per route.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router-dom';
import pathSource from 'virtual:content/paths';
import { routes } from './app/routes';
import { staticPaths } from './app/static-paths';

const handler = createStaticHandler(routes, { basename: import.meta.env.BASE_URL });

/** Every page to prerender; the list of paths lives in this server bundle only, never in the client's. */
export function listPaths() {
  return staticPaths(routes, pathSource);
}

export interface RenderedPage {
  status: number;
  /** The app's markup, led by the <title>, <meta> and <link> elements React hoists for <head>. */
  html: string;
}

/** Renders one in-app path (`/articles/x`) exactly as the client's first render will, loaders included. */
export async function renderPath(appPath: string): Promise<RenderedPage> {
  const url = new URL(import.meta.env.BASE_URL + appPath.replace(/^\//, ''), 'http://prerender.invalid');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`${appPath} answered with a redirect (${context.status}); prerendered pages cannot redirect.`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // hydrate={false}: no inline data script (the client reruns its loaders), so a strict CSP needs no hash.
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  return { status: context.statusCode, html: await new Response(prelude).text() };
}
