import type { RouteObject } from 'react-router-dom';
import { ENTITY_TYPES } from '../features/entities/lib/entity-types';
import { ENTITY_ROUTE } from '../shared/paths';
import { AppLayout } from './layout/app-layout';
import { ArticleRoute, articleLoader } from './routes/article-route';
import { EntityIndexRoute } from './routes/entity-index-route';
import { EntityRoute } from './routes/entity-route';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteError } from './routes/route-error';
import { SearchRoute } from './routes/search-route';
import { SectionRoute } from './routes/section-route';

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
          { index: true, element: <HomeRoute /> },
          { path: 'articles/:slug', loader: articleLoader, element: <ArticleRoute /> },
          { path: 'sections/:section', element: <SectionRoute /> },
          { path: 'search', element: <SearchRoute /> },
          ...ENTITY_TYPES.flatMap(({ type }) => [
            { path: ENTITY_ROUTE[type], element: <EntityIndexRoute type={type} /> },
            { path: `${ENTITY_ROUTE[type]}/:slug`, element: <EntityRoute type={type} /> },
          ]),
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
