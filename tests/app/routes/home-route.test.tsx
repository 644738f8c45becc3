import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-utils/render-route';

describe('home route', () => {
  it('lists the newest articles a page at a time, undated last, each with its facts', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
    // The test build lists two articles a page (vitest.config.ts).
    expect(screen.getByText('5 articles, newest first. Page 1 of 3.')).toBeInTheDocument();
    const headings = () => within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings()).toEqual(['Fishing Quotas Agreed For The Spring Season', 'Ferry Service Returns To The Northern Harbour']);
    await waitFor(() => expect(document.title).toBe('Test Reader'));

    const pages = screen.getByRole('navigation', { name: 'Pages of latest articles' });
    expect(within(pages).queryByRole('link', { name: /Newer/ })).toBeNull();
    expect(within(pages).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    const older = within(pages).getByRole('link', { name: /Older/ });
    expect(older).toHaveAttribute('href', '/page/2');
    expect(older).toHaveAttribute('rel', 'next');
    await userEvent.click(older);

    expect(await screen.findByText('5 articles, newest first. Page 2 of 3.')).toBeInTheDocument();
    expect(headings()).toEqual(['Harbour Reopens After Storm Repairs', 'Council Approves Budget After Long Debate']);
    const harbour = within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('listitem')[0]!;
    expect(within(harbour).getByRole('link', { name: 'Harbour Reopens After Storm Repairs' })).toHaveAttribute('href', '/articles/harbour-reopens-after-storm-repairs');
    expect(within(harbour).getByText('Lena Okafor')).toBeInTheDocument();
    expect(within(harbour).getByRole('link', { name: 'News' })).toHaveAttribute('href', '/sections/news');
    expect(within(harbour).getByText('3 March 2023')).toHaveAttribute('datetime', '2023-03-03');
    expect(within(harbour).getByText('1 min read')).toBeInTheDocument();
    expect(within(harbour).getByText(/^The northern harbour reopened to fishing boats on Friday/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Latest articles, page 2 · Test Reader'));
    const middle = screen.getByRole('navigation', { name: 'Pages of latest articles' });
    expect(within(middle).getByRole('link', { name: /Newer/ })).toHaveAttribute('href', '/');
    expect(within(middle).getByRole('link', { name: /Newer/ })).toHaveAttribute('rel', 'prev');
    expect(within(middle).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    // Still the home list: "All articles" stays marked in the sidebar.
    expect(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'All articles 5' })).toHaveAttribute('aria-current', 'page');

    await userEvent.click(within(middle).getByRole('link', { name: 'Page 3' }));
    expect(await screen.findByText('5 articles, newest first. Page 3 of 3.')).toBeInTheDocument();
    const undated = within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('listitem')[0]!;
    expect(within(undated).getByRole('heading', { level: 2 })).toHaveTextContent('A Note From The Editors');
    expect(within(undated).queryByRole('time')).toBeNull();
    expect(within(undated).getByRole('link', { name: 'General' })).toHaveAttribute('href', '/sections/general');
    expect(within(screen.getByRole('navigation', { name: 'Pages of latest articles' })).queryByRole('link', { name: /Older/ })).toBeNull();
  });

  it('shows the not-found page for a page past the end, and for /page/1 (the list’s own address is /)', async () => {
    for (const path of ['/page/4', '/page/1', '/page/two']) {
      const { unmount } = renderRoute(path);
      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
      unmount();
    }
  });

  it('shows the sidebar of sections with article counts', async () => {
    renderRoute('/');
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['All articles 5', 'General 1', 'News 3', 'Politics 1']);
    expect(within(nav).getByRole('link', { name: 'All articles 5' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Politics 1' })).toHaveAttribute('href', '/sections/politics');
  });
});
