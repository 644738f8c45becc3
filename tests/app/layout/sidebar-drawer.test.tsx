import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-utils/render-route';

describe('sections drawer', () => {
  it('opens from the labelled Sections button and closes when a section is chosen', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/');
    const button = await screen.findByRole('button', { name: 'Sections' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const drawer = screen.getByRole('dialog', { name: 'Sections menu' });
    await user.click(within(drawer).getByRole('link', { name: 'News 3' }));
    // The section's list is its own chunk: the navigation completes once its loader has it.
    await waitFor(() => expect(router.state.location.pathname).toBe('/sections/news'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog', { name: 'Sections menu' })).toBeNull();
  });

  it('closes with its Close menu button', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await user.click(await screen.findByRole('button', { name: 'Sections' }));
    await user.click(screen.getByRole('button', { name: 'Close menu' }));
    expect(screen.getByRole('button', { name: 'Sections' })).toHaveAttribute('aria-expanded', 'false');
  });
});
