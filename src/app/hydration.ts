import { isRouteErrorResponse, type createBrowserRouter } from 'react-router-dom';

type Router = ReturnType<typeof createBrowserRouter>;

/** Resolves once the router has run the first location's loaders (and lazy routes), as the prerender did. */
export function routerReady(router: Router): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Whether the prerendered markup is what the client will render here, so it can be hydrated rather than replaced.
 * It is not when a host served a page for another path (a SPA fallback), when the URL carries a query the
 * page may render from (filters), or when 404.html is shown for a path whose page renders something else.
 */
export function canHydrate(renderedFor: string | undefined, router: Router, search: string): boolean {
  if (!renderedFor || search !== '') return false;
  const { location, matches, errors } = router.state;
  if (renderedFor === '*') {
    const notFoundError = Object.values(errors ?? {}).some((error) => isRouteErrorResponse(error) && error.status === 404);
    return notFoundError || matches.at(-1)?.route.path === '*';
  }
  return samePath(renderedFor, withoutBasename(location.pathname, router.basename ?? '/'));
}

/** The router's location keeps the base path (`/news/articles/x`); prerendered pages record in-app paths. */
function withoutBasename(pathname: string, basename: string): string {
  const base = basename.replace(/\/+$/, '');
  if (base === '' || !pathname.startsWith(base)) return pathname;
  return pathname.slice(base.length) || '/';
}

function samePath(a: string, b: string): boolean {
  const normal = (value: string) => {
    let decoded = value;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      // keep the raw form
    }
    return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
  };
  return normal(a) === normal(b);
}

/** The prerendered page's JSON-LD (in <head>, outside React) describes that page only: drop it on the first navigation. */
export function dropPrerenderedJsonLdOnNavigation(router: Router): void {
  const first = router.state.location.key;
  const unsubscribe = router.subscribe((state) => {
    if (state.location.key === first) return;
    unsubscribe();
    for (const script of document.head.querySelectorAll('script[type="application/ld+json"]')) script.remove();
  });
}
