import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-utils/render-route';

describe('entity route', () => {
  it('lists the articles that mention a person, most mentions first then newest, with counts', async () => {
    renderRoute('/people/tomas-lind');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tomas Lind' })).toBeInTheDocument();
    expect(screen.getByText('Person')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Articles mentioning Tomas Lind' });
    const items = within(list).getAllByRole('listitem');
    const rows = () =>
      within(screen.getByRole('list', { name: 'Articles mentioning Tomas Lind' }))
        .getAllByRole('listitem')
        .map((item) => [within(item).getByRole('heading', { level: 2 }).textContent, within(item).getByText(/^Mentioned/).textContent]);
    // Two a page in the test build; the totals count every page.
    expect(screen.getByText('4 mentions in 3 articles, most mentions first.')).toBeInTheDocument();
    expect(rows()).toEqual([
      ['Ferry Service Returns To The Northern Harbour', 'Mentioned 2 times'],
      ['Fishing Quotas Agreed For The Spring Season', 'Mentioned once'],
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Ferry Service Returns To The Northern Harbour' })).toHaveAttribute('href', '/articles/ferry-service-returns-to-the-northern-harbour');
    await waitFor(() => expect(document.title).toBe('Tomas Lind · Test Reader'));

    const pages = screen.getByRole('navigation', { name: 'Pages of articles mentioning Tomas Lind' });
    const next = within(pages).getByRole('link', { name: /Fewer mentions/ });
    expect(next).toHaveAttribute('href', '/people/tomas-lind/page/2');
    await userEvent.click(next);
    expect(await screen.findByRole('link', { name: 'Harbour Reopens After Storm Repairs' })).toBeInTheDocument();
    expect(rows()).toEqual([['Harbour Reopens After Storm Repairs', 'Mentioned once']]);
    expect(screen.getByRole('list', { name: 'Articles mentioning Tomas Lind' })).toHaveAttribute('start', '3');
    await waitFor(() => expect(document.title).toBe('Tomas Lind, page 2 · Test Reader'));
  });

  it('shows the people and topics most often mentioned with it, linked to their pages', async () => {
    renderRoute('/people/tomas-lind');
    const aside = await screen.findByRole('complementary', { name: 'Often mentioned with Tomas Lind' });
    const people = within(aside).getByRole('region', { name: 'People' });
    expect(within(people).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Ingrid Dahl 2 shared articles']);
    const topics = within(aside).getByRole('region', { name: 'Topics' });
    expect(within(topics).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Fishing 2 shared articles', 'Sea wall 2 shared articles']);

    await userEvent.click(within(topics).getByRole('link', { name: 'Sea wall' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sea wall' })).toBeInTheDocument();
    expect(screen.getByText('Topic')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Articles mentioning Sea wall' });
    expect(within(list).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Ferry Service Returns To The Northern Harbour', 'Harbour Reopens After Storm Repairs']);
  });

  it('serves places, with diacritics kept in the name, and marks the type in the browse menu', async () => {
    renderRoute('/places/sandoy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sandøy' })).toBeInTheDocument();
    const browse = screen.getByRole('navigation', { name: 'Browse' });
    expect(within(browse).getByRole('link', { name: /^Places/ })).toHaveAttribute('aria-current', 'true');
  });

  it('shows the not-found page for an unknown entity, or a known slug under the wrong type', async () => {
    renderRoute('/people/nobody-at-all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · Test Reader'));
  });

  it('does not serve a person under another type', async () => {
    renderRoute('/places/tomas-lind');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
