import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-utils/render-route';

describe('home route', () => {
  it('lists every article newest first, undated last, each with its facts', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Articles' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Harbour Reopens After Storm Repairs',
      'Council Approves Budget After Long Debate',
      'A Note From The Editors',
    ]);

    const first = items[0]!;
    expect(within(first).getByRole('link', { name: 'Harbour Reopens After Storm Repairs' })).toHaveAttribute('href', '/articles/harbour-reopens-after-storm-repairs');
    expect(within(first).getByText('Lena Okafor')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'News' })).toHaveAttribute('href', '/sections/news');
    expect(within(first).getByText('3 March 2023')).toHaveAttribute('datetime', '2023-03-03');
    expect(within(first).getByText('1 min read')).toBeInTheDocument();
    expect(within(first).getByText(/^The northern harbour reopened to fishing boats on Friday/)).toBeInTheDocument();

    const undated = items[2]!;
    expect(within(undated).queryByRole('time')).toBeNull();
    expect(within(undated).getByRole('link', { name: 'General' })).toHaveAttribute('href', '/sections/general');
    await waitFor(() => expect(document.title).toBe('Test Reader'));
  });

  it('shows the sidebar of sections with article counts', async () => {
    renderRoute('/');
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['All articles 3', 'General 1', 'News 1', 'Politics 1']);
    expect(within(nav).getByRole('link', { name: 'All articles 3' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Politics 1' })).toHaveAttribute('href', '/sections/politics');
  });
});
