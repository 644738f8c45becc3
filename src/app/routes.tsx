import type { RouteObject } from 'react-router-dom';
import { AppLayout } from './layout/app-layout';
import { ArticleRoute, articleLoader } from './routes/article-route';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteError } from './routes/route-error';
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
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
