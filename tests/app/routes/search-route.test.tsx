import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-utils/render-route';

const titles = () =>
  within(screen.getByRole('list', { name: 'Results' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
/** Results show once their titles (fetched in blocks, after the count) have arrived. */
const expectTitles = (expected: string[]) => waitFor(() => expect(titles()).toEqual(expected));

describe('search route', () => {
  it('reads filters from the URL, ignores malformed ones, and announces the count', async () => {
    const { router } = renderRoute('/search?section=news&person=%%bad&sort=sideways&from=2023-13');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search and browse' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Result count' })).toHaveTextContent('3 articles');
    await expectTitles(['Fishing Quotas Agreed For The Spring Season', 'Ferry Service Returns To The Northern Harbour', 'Harbour Reopens After Storm Repairs']);
    expect(screen.getByRole('button', { name: 'Remove filter Section: News' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?section=news&person=%%bad&sort=sideways&from=2023-13');
  });

  it('pushes each filter change to the history, so Back steps through them', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/search');
    await screen.findByRole('heading', { level: 1, name: 'Search and browse' });
    expect(screen.getByRole('status', { name: 'Result count' })).toHaveTextContent('5 articles');
    const sections = screen.getByRole('region', { name: 'Sections' });
    await user.click(within(sections).getByRole('checkbox', { name: /^News/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?section=news'));
    await user.click(within(sections).getByRole('button', { name: 'Exclude section Politics' }));
    expect(router.state.location.search).toBe('?section=news&section=-politics');
    expect(screen.getByRole('status', { name: 'Result count' })).toHaveTextContent('3 articles');

    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?section=news'));
    await router.navigate(-1);
    await waitFor(() => expect(screen.getByRole('status', { name: 'Result count' })).toHaveTextContent('5 articles'));

    await user.click(within(screen.getByRole('region', { name: 'Sections' })).getByRole('checkbox', { name: /^Politics/ }));
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('searches body text once the index loads, highlights matches, and writes the query to the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/search');
    const box = await screen.findByRole('searchbox', { name: 'Search articles' });
    await user.type(box, 'drainage');
    // "drainage" is in a paragraph of one article only: not its title, summary or entities.
    await waitFor(() => expect(screen.getByRole('status', { name: 'Result count' })).toHaveTextContent('1 article matching “drainage”'));
    await expectTitles(['Harbour Reopens After Storm Repairs']);
    const result = within(screen.getByRole('list', { name: 'Results' })).getByRole('article');
    expect(within(result).getByText('3 March 2023')).toHaveAttribute('datetime', '2023-03-03');
    expect(within(result).getByText('Lena Okafor')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Harbour Reopens After Storm Repairs' });
    expect(link).toHaveAttribute('href', '/articles/harbour-reopens-after-storm-repairs?highlight=drainage');
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Results' })).getByText('drainage', { selector: 'mark' })).toBeInTheDocument());
    await waitFor(() => expect(router.state.location.search).toBe('?q=drainage'));
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  it('marks the searched words in an article opened from the results', async () => {
    renderRoute('/articles/harbour-reopens-after-storm-repairs?highlight=drainage+harbour');
    await screen.findByRole('heading', { level: 1, name: 'Harbour Reopens After Storm Repairs' });
    const marks = [...document.querySelectorAll('.article-text mark')].map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(['drainage', 'harbour']));
  });
});
