import { screen } from '@testing-library/react';
import pathSource from 'virtual:content/paths';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/app/routes';
import { routePatterns, staticPaths } from '../../src/app/static-paths';
import { entityPath } from '../../src/shared/paths';
import { renderRoute } from '../test-utils/render-route';

describe('the paths the build prerenders', () => {
  const { paths, uncovered } = staticPaths(routes, pathSource);

  it('cover every route in the router, every article, section and entity, and every page of the long lists', () => {
    expect(uncovered).toEqual([]);
    expect(paths).toContain('/');
    expect(pathSource.articleSlugs.length).toBeGreaterThan(0);
    for (const slug of pathSource.articleSlugs) expect(paths).toContain(`/articles/${slug}`);
    for (const section of pathSource.sections) expect(paths).toContain(`/sections/${section.slug}`);
    expect(pathSource.entities.length).toBeGreaterThan(0);
    for (const entity of pathSource.entities) expect(paths).toContain(entityPath(entity.type, entity.slug));
    for (const pattern of routePatterns(routes).filter((pattern) => !pattern.includes(':') && pattern !== '/*')) expect(paths).toContain(pattern);
    // The test build lists 2 articles a page (vitest.config.ts): 5 articles make 3 home pages, News (3) and
    // Tomas Lind (3 articles) 2 each, Politics (1) one.
    expect(pathSource.homePages).toBe(3);
    expect(paths).toEqual(expect.arrayContaining(['/page/2', '/page/3', '/sections/news/page/2', '/people/tomas-lind/page/2']));
    for (const path of ['/page/1', '/page/4', '/sections/news/page/3', '/sections/politics/page/2', '/people/tomas-lind/page/3']) expect(paths).not.toContain(path);
  });

  it('each renders a real page, never the not-found page', async () => {
    for (const path of paths) {
      const { unmount } = renderRoute(path);
      const heading = await screen.findByRole('heading', { level: 1 });
      expect(heading.textContent, path).not.toBe('Page not found');
      unmount();
    }
  });

  it('reports a parameterised route that nothing gives paths to', () => {
    const extra = [{ path: '/', children: [...routes, { path: 'authors/:slug', element: null }] }];
    expect(staticPaths(extra, pathSource).uncovered).toEqual(['/authors/:slug']);
  });
});
