import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-utils/render-route';

describe('article route', () => {
  it('renders the title once, the byline, the body and the outline', async () => {
    renderRoute('/articles/harbour-reopens-after-storm-repairs');
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent('Harbour Reopens After Storm Repairs');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getAllByText('Harbour Reopens After Storm Repairs')).toHaveLength(1);

    const article = screen.getByRole('article', { name: 'Harbour Reopens After Storm Repairs' });
    expect(within(article).getByText('Lena Okafor')).toBeInTheDocument();
    expect(within(article).getByRole('link', { name: 'News' })).toHaveAttribute('href', '/sections/news');
    expect(within(article).getByText('3 March 2023').tagName).toBe('TIME');
    expect(within(article).getByText('3 March 2023')).toHaveAttribute('datetime', '2023-03-03');
    expect(within(article).getByText('1 min read')).toBeInTheDocument();

    const subheading = within(article).getByRole('heading', { level: 2, name: 'What changed' });
    expect(subheading).toHaveAttribute('id', 'what-changed');
    const paragraphs = article.querySelectorAll('.article-text p');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toHaveTextContent('Engineers raised the wall by half a metre and added drainage channels along the quay.');

    const outline = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(outline).getByRole('link', { name: 'What changed' })).toHaveAttribute('href', '#what-changed');
    await waitFor(() => expect(document.title).toBe('Harbour Reopens After Storm Repairs · Test Reader'));
  });

  it('links to the previous and next articles in list order', async () => {
    renderRoute('/articles/council-approves-budget-after-long-debate');
    const nav = await screen.findByRole('navigation', { name: 'More articles' });
    expect(within(nav).getByRole('link', { name: /Previous article/ })).toHaveAttribute('href', '/articles/harbour-reopens-after-storm-repairs');
    expect(within(nav).getByRole('link', { name: /Next article/ })).toHaveAttribute('href', '/articles/a-note-from-the-editors');
  });

  it('marks the article’s section in the sidebar', async () => {
    renderRoute('/articles/council-approves-budget-after-long-debate');
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Politics 1' })).toHaveAttribute('aria-current', 'true');
    expect(within(nav).getByRole('link', { name: 'News 3' })).not.toHaveAttribute('aria-current');
  });

  it('shows the not-found page for an unknown slug', async () => {
    renderRoute('/articles/no-such-article');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Page not found · Test Reader'));
  });
});
