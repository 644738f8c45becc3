import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { routes } from './app/routes';
import './app/styles/global.css';

const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the reader into.');

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
