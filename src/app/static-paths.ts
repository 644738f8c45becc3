import { matchRoutes, type RouteObject } from 'react-router-dom';
import type { PathSource } from '../shared/page-data';
import { ENTITY_ROUTE, articlePath, entityIndexPath, entityPagePath, homePagePath, sectionPagePath } from '../shared/paths';

export interface StaticPaths {
  /** Every in-app path that renders real content, one prerendered page each. */
  paths: string[];
  /** Route patterns with parameters that no content provides paths for: a route the prerender would silently skip. */
  uncovered: string[];
}

/** Route prefixes whose parameters come from the content below (some may be empty in a small corpus). */
const CONTENT_PREFIXES = new Set(['articles', 'sections', 'page', ...Object.values(ENTITY_ROUTE)]);

function pages(count: number, path: (page: number) => string): string[] {
  return Array.from({ length: count }, (_, i) => path(i + 1));
}

/**
 * The paths to prerender: every parameterless route in the router, and every article, section and entity page,
 * with every page of the long lists. A path that only the catch-all route matches (its route is not there yet) is
 * left out rather than written as a 200 "not found" page; a parameterised route with no source of paths is
 * reported, so nothing is skipped unnoticed.
 */
export function staticPaths(routes: RouteObject[], source: PathSource): StaticPaths {
  const patterns = routePatterns(routes);
  const candidates = [
    ...patterns.filter((pattern) => !isDynamic(pattern)),
    ...pages(source.homePages, homePagePath),
    ...source.articleSlugs.map((slug) => articlePath(slug)),
    ...source.sections.flatMap((section) => pages(section.pages, (page) => sectionPagePath(section.slug, page))),
    ...Object.keys(ENTITY_ROUTE).map((type) => entityIndexPath(type as keyof typeof ENTITY_ROUTE)),
    ...source.entities.flatMap((entity) => pages(entity.pages, (page) => entityPagePath(entity.type, entity.slug, page))),
  ];
  const paths = [...new Set(candidates)].filter((path) => {
    const matches = matchRoutes(routes, path);
    return matches !== null && matches.at(-1)?.route.path !== '*';
  });
  const uncovered = patterns.filter((pattern) => isDynamic(pattern) && pattern !== '/*' && !CONTENT_PREFIXES.has(pattern.split('/')[1] ?? ''));
  return { paths, uncovered };
}

/** Full path patterns of every route that renders a page: `/`, `/articles/:slug`, `/*`… */
export function routePatterns(routes: RouteObject[], parent = ''): string[] {
  return routes.flatMap((route) => {
    const own = route.path === undefined ? parent : joinPath(parent, route.path);
    const children = route.children ? routePatterns(route.children, own) : [];
    const renders = route.index === true || route.path !== undefined;
    return [...new Set(renders ? [own || '/', ...children] : children)];
  });
}

function joinPath(parent: string, child: string): string {
  if (child.startsWith('/')) return child;
  return `${parent.replace(/\/$/, '')}/${child}`;
}

function isDynamic(pattern: string): boolean {
  return pattern.includes(':') || pattern.includes('*');
}
