import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-utils/render-route';

describe('section route', () => {
  it('lists only the section’s articles and marks the section as current', async () => {
    renderRoute('/sections/politics');
    expect(await screen.findByRole('heading', { level: 1, name: 'Politics' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Articles in Politics' });
    expect(within(list).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Council Approves Budget After Long Debate']);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Politics 1' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'All articles 5' })).not.toHaveAttribute('aria-current');
    await waitFor(() => expect(document.title).toBe('Politics · Test Reader'));
  });

  it('shows the not-found page for an unknown section', async () => {
    renderRoute('/sections/sport');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
