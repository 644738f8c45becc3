import type { RouteObject } from 'react-router-dom';
import { ENTITY_TYPES } from '../features/entities/lib/entity-types';
import { ENTITY_ROUTE } from '../shared/paths';
import { AppLayout } from './layout/app-layout';
import { ARTICLE_ROUTE_ID, ArticleRoute, articleLoader } from './routes/article-route';
import { EntityIndexRoute, entityIndexLoader } from './routes/entity-index-route';
import { EntityRoute, entityLoader } from './routes/entity-route';
import { HomeRoute, homeLoader } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteError } from './routes/route-error';
import { SearchRoute, searchLoader, searchShouldRevalidate } from './routes/search-route';
import { SectionRoute, sectionLoader } from './routes/section-route';

// Every page with data has a loader: the prerender runs it before rendering, and the client runs it before
// hydrating (src/main.tsx), so both render the same page from the same chunk.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <p className="loading">Loading…</p>,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, loader: homeLoader, element: <HomeRoute /> },
          { path: 'page/:page', loader: homeLoader, element: <HomeRoute /> },
          { id: ARTICLE_ROUTE_ID, path: 'articles/:slug', loader: articleLoader, element: <ArticleRoute /> },
          { path: 'sections/:section', loader: sectionLoader, element: <SectionRoute /> },
          { path: 'sections/:section/page/:page', loader: sectionLoader, element: <SectionRoute /> },
          { path: 'search', loader: searchLoader, shouldRevalidate: searchShouldRevalidate, element: <SearchRoute /> },
          ...ENTITY_TYPES.flatMap(({ type }) => [
            { path: ENTITY_ROUTE[type], loader: entityIndexLoader(type), element: <EntityIndexRoute /> },
            { path: `${ENTITY_ROUTE[type]}/:slug`, loader: entityLoader(type), element: <EntityRoute /> },
            { path: `${ENTITY_ROUTE[type]}/:slug/page/:page`, loader: entityLoader(type), element: <EntityRoute /> },
          ]),
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
