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

  it('pages a long section, and keeps the section marked on its later pages', async () => {
    renderRoute('/sections/news/page/2');
    expect(await screen.findByRole('heading', { level: 1, name: 'News' })).toBeInTheDocument();
    expect(screen.getByText('3 articles, newest first. Page 2 of 2.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Articles in News' });
    expect(within(list).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Harbour Reopens After Storm Repairs']);
    const pages = screen.getByRole('navigation', { name: 'Pages of News' });
    expect(within(pages).getByRole('link', { name: /Newer/ })).toHaveAttribute('href', '/sections/news');
    expect(within(pages).queryByRole('link', { name: /Older/ })).toBeNull();
    expect(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'News 3' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toBe('News, page 2 · Test Reader'));
  });

  it('shows the not-found page past a section’s last page', async () => {
    renderRoute('/sections/politics/page/2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown section', async () => {
    renderRoute('/sections/sport');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
