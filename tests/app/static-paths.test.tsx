import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { content } from '../../src/app/content';
import { routes } from '../../src/app/routes';
import { routePatterns, staticPaths } from '../../src/app/static-paths';
import { entityPath } from '../../src/shared/paths';
import { renderRoute } from '../test-utils/render-route';

describe('the paths the build prerenders', () => {
  const { paths, uncovered } = staticPaths(routes, content);

  it('cover every route in the router, and every article, section and entity', () => {
    expect(uncovered).toEqual([]);
    expect(paths).toContain('/');
    for (const article of content.articles) expect(paths).toContain(`/articles/${article.slug}`);
    for (const section of content.sections) expect(paths).toContain(`/sections/${section.slug}`);
    expect(content.entities.length).toBeGreaterThan(0);
    for (const entity of content.entities) expect(paths).toContain(entityPath(entity.type, entity.slug));
    for (const pattern of routePatterns(routes).filter((pattern) => !pattern.includes(':') && pattern !== '/*')) expect(paths).toContain(pattern);
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
    expect(staticPaths(extra, content).uncovered).toEqual(['/authors/:slug']);
  });
});
