import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouteError } from '../../../src/app/routes/route-error';

function Broken(): never {
  throw new Error('corrupt article data');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('route error boundary', () => {
  it('shows a readable message and a way home when a page throws while rendering', async () => {
    // React logs the caught error; the point here is what the reader sees.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const router = createMemoryRouter([{ path: '/', errorElement: <RouteError />, children: [{ path: 'broken', element: <Broken /> }] }], { initialEntries: ['/broken'] });
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This page could not be shown');
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(screen.queryByText(/corrupt article data/)).toBeNull();
  });
});
