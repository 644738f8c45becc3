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
      'Fishing Quotas Agreed For The Spring Season',
      'Ferry Service Returns To The Northern Harbour',
      'Harbour Reopens After Storm Repairs',
      'Council Approves Budget After Long Debate',
      'A Note From The Editors',
    ]);

    const harbour = items[2]!;
    expect(within(harbour).getByRole('link', { name: 'Harbour Reopens After Storm Repairs' })).toHaveAttribute('href', '/articles/harbour-reopens-after-storm-repairs');
    expect(within(harbour).getByText('Lena Okafor')).toBeInTheDocument();
    expect(within(harbour).getByRole('link', { name: 'News' })).toHaveAttribute('href', '/sections/news');
    expect(within(harbour).getByText('3 March 2023')).toHaveAttribute('datetime', '2023-03-03');
    expect(within(harbour).getByText('1 min read')).toBeInTheDocument();
    expect(within(harbour).getByText(/^The northern harbour reopened to fishing boats on Friday/)).toBeInTheDocument();

    const undated = items[4]!;
    expect(within(undated).queryByRole('time')).toBeNull();
    expect(within(undated).getByRole('link', { name: 'General' })).toHaveAttribute('href', '/sections/general');
    await waitFor(() => expect(document.title).toBe('Test Reader'));
  });

  it('shows the sidebar of sections with article counts', async () => {
    renderRoute('/');
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['All articles 5', 'General 1', 'News 3', 'Politics 1']);
    expect(within(nav).getByRole('link', { name: 'All articles 5' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Politics 1' })).toHaveAttribute('href', '/sections/politics');
  });
});
