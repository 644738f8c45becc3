import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { canHydrate, dropPrerenderedJsonLdOnNavigation, routerReady } from './app/hydration';
import { routes } from './app/routes';
import './app/styles/global.css';

const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the reader into.');

const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

if (container.hasChildNodes()) {
  // Prerendered page: wait for the article body's chunk, so the first client render is the same page, not "Loading…".
  await routerReady(router);
  dropPrerenderedJsonLdOnNavigation(router);
  // As a transition, hydration yields to the browser between components instead of blocking it in one long task;
  // the page is already readable meanwhile.
  if (canHydrate(container.dataset.prerendered, router, window.location.search)) startTransition(() => void hydrateRoot(container, app));
  else startTransition(() => createRoot(container).render(app));
} else {
  // The dev server's empty index.html.
  createRoot(container).render(app);
}
