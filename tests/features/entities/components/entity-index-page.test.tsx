import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { EntityIndexPage } from '../../../../src/features/entities/components/entity-index-page';
import type { EntityInfo } from '../../../../src/shared/content-types';

const place = (name: string, slug: string, articleCount: number): EntityInfo => ({ type: 'place', slug, name, articleCount });
const places = [place('Yerevan', 'yerevan', 4), place('Ağdam', 'agdam', 1), place('Baku', 'baku', 7), place('Stepanakert', 'stepanakert', 2), place('Aras', 'aras', 3)];

function renderIndex(entities: EntityInfo[] = places) {
  return render(
    <MemoryRouter>
      <EntityIndexPage type="place" entities={entities} />
    </MemoryRouter>,
  );
}

const listedNames = () => screen.queryAllByRole('list').filter((list) => list.classList.contains('entity-index-list')).flatMap((list) => within(list).getAllByRole('link').map((link) => link.textContent));

describe('EntityIndexPage', () => {
  it('lists every entity A to Z under letter headings, each linking to its page with its article count', () => {
    renderIndex();
    expect(screen.getByRole('heading', { level: 1, name: 'Places' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['A', 'B', 'S', 'Y']);
    expect(listedNames()).toEqual(['Ağdam', 'Aras', 'Baku', 'Stepanakert', 'Yerevan']);
    const baku = screen.getByRole('link', { name: 'Baku' });
    expect(baku).toHaveAttribute('href', '/places/baku');
    expect(baku.closest('li')).toHaveTextContent('Baku 7 articles');
    expect(screen.getByRole('link', { name: 'Ağdam' }).closest('li')).toHaveTextContent('Ağdam 1 article');
    const jump = screen.getByRole('navigation', { name: 'Jump to letter' });
    expect(within(jump).getByRole('link', { name: 'S' })).toHaveAttribute('href', '#place-s');
    expect(screen.getByRole('heading', { level: 2, name: 'S' })).toHaveAttribute('id', 'place-s');
  });

  it('filters as the reader types, ignoring diacritics, and says how many match', async () => {
    renderIndex();
    const box = screen.getByRole('searchbox', { name: 'Filter places' });
    await userEvent.type(box, 'agd');
    expect(listedNames()).toEqual(['Ağdam']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 places match “agd”');
    await userEvent.clear(box);
    await userEvent.type(box, 'nowhere');
    expect(listedNames()).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('0 of 5 places match “nowhere”');
    await userEvent.clear(box);
    expect(listedNames()).toHaveLength(5);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says so when there are none, without a filter box', () => {
    renderIndex([]);
    expect(screen.getByText('No places have been found in the articles yet.')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});
