import { matchRoutes, type RouteObject } from 'react-router-dom';
import type { ContentIndex } from '../shared/content-types';
import { ENTITY_ROUTE, articlePath, entityIndexPath, entityPath, sectionPath } from '../shared/paths';

export interface StaticPaths {
  /** Every in-app path that renders real content, one prerendered page each. */
  paths: string[];
  /** Route patterns with parameters that no content provides paths for: a route the prerender would silently skip. */
  uncovered: string[];
}

/** Route prefixes whose parameters come from the content index below (some may be empty in a small corpus). */
const CONTENT_PREFIXES = new Set(['articles', 'sections', ...Object.values(ENTITY_ROUTE)]);

/**
 * The paths to prerender: every parameterless route in the router, and every article, section and entity page.
 * A path that only the catch-all route matches (its route is not there yet) is left out rather than written as a
 * 200 "not found" page; a parameterised route with no source of paths is reported, so nothing is skipped unnoticed.
 */
export function staticPaths(routes: RouteObject[], index: ContentIndex): StaticPaths {
  const patterns = routePatterns(routes);
  const candidates = [
    ...patterns.filter((pattern) => !isDynamic(pattern)),
    ...index.articles.map((article) => articlePath(article.slug)),
    ...index.sections.map((section) => sectionPath(section.slug)),
    ...Object.keys(ENTITY_ROUTE).map((type) => entityIndexPath(type as keyof typeof ENTITY_ROUTE)),
    ...index.entities.map((entity) => entityPath(entity.type, entity.slug)),
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
