import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-utils/render-route';

const indexLinks = () => screen.getAllByRole('list').filter((list) => list.classList.contains('entity-index-list')).flatMap((list) => within(list).getAllByRole('link').map((link) => link.closest('li')?.textContent));

describe('entity index routes', () => {
  it('lists every person A to Z with article counts', async () => {
    renderRoute('/people');
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(indexLinks()).toEqual(['Ingrid Dahl 2 articles', 'Tomas Lind 3 articles']);
    expect(screen.getByRole('link', { name: 'Tomas Lind' })).toHaveAttribute('href', '/people/tomas-lind');
    await waitFor(() => expect(document.title).toBe('People · Test Reader'));
  });

  it('filters places ignoring diacritics and opens one', async () => {
    renderRoute('/places');
    const box = await screen.findByRole('searchbox', { name: 'Filter places' });
    expect(indexLinks()).toEqual(['Sandøy 1 article', 'Vika 2 articles']);
    await userEvent.type(box, 'SANDOY');
    expect(indexLinks()).toEqual(['Sandøy 1 article']);
    await userEvent.click(screen.getByRole('link', { name: 'Sandøy' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sandøy' })).toBeInTheDocument();
  });

  it('is reached from the browse menu, which shows how many of each there are', async () => {
    renderRoute('/');
    const browse = await screen.findByRole('navigation', { name: 'Browse' });
    expect(within(browse).getAllByRole('link').map((link) => link.textContent)).toEqual(['People 2', 'Places 2', 'Organisations 0', 'Topics 2']);
    await userEvent.click(within(browse).getByRole('link', { name: 'Topics 2' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Topics' })).toBeInTheDocument();
    expect(indexLinks()).toEqual(['Fishing 2 articles', 'Sea wall 2 articles']);
    expect(within(screen.getByRole('navigation', { name: 'Browse' })).getByRole('link', { name: 'Topics 2' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows an empty index plainly', async () => {
    renderRoute('/organizations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations' })).toBeInTheDocument();
    expect(screen.getByText('No organisations have been found in the articles yet.')).toBeInTheDocument();
  });
});
