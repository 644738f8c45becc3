import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-utils/render-route';

describe('not-found route', () => {
  it('renders for unknown paths and links home', async () => {
    const { router } = renderRoute('/this/does/not.exist');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
