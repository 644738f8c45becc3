import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FacetSidebar } from '../../../../src/features/search/components/facet-sidebar';
import { buildFilterIndex, evaluateFilters } from '../../../../src/features/search/lib/facets';
import { EMPTY_FILTER_STATE, emptySelection } from '../../../../src/features/search/lib/filter-state';
import type { FilterState } from '../../../../src/features/search/lib/filter-state';
import { catalogOf, makeArticle } from '../lib/make-article';

const manyPeople = Array.from({ length: 12 }, (_, i) => `Person ${String.fromCharCode(65 + i)}`);
const metas = [
  makeArticle({ title: 'One', section: 'Politics', date: '2021-01-11', people: ['Vladimir Putin', 'Ilham Aliyev'], topics: ['Karabakh'] }),
  makeArticle({ title: 'Two', section: 'Politics', date: '2021-02-01', people: ['Vladimir Putin'], topics: ['Energy'] }),
  makeArticle({ title: 'Three', section: 'Economy', date: '2020-05-05', people: ['Ilham Aliyev', ...manyPeople] }),
  makeArticle({ title: 'Four', section: 'Culture', date: '2019-01-01', topics: ['Karabakh'] }),
].map((a) => a.meta);
const index = buildFilterIndex(catalogOf(metas));

function Harness({ initial, onState }: { initial?: Partial<FilterState>; onState?: (s: FilterState) => void }) {
  const [state, setState] = useState<FilterState>({ ...EMPTY_FILTER_STATE, include: emptySelection(), exclude: emptySelection(), ...initial });
  const result = evaluateFilters(index, state);
  return (
    <FacetSidebar
      index={index}
      result={result}
      state={state}
      onChange={(next) => {
        setState(next);
        onState?.(next);
      }}
    />
  );
}

const group = (name: string) => screen.getByRole('region', { name });

describe('FacetSidebar', () => {
  it('lists each group with live counts that follow the selection', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(within(group('Sections')).getByRole('checkbox', { name: 'Politics 2 articles' })).not.toBeChecked();
    expect(within(group('Topics')).getByRole('checkbox', { name: 'Karabakh 2 articles' })).toBeInTheDocument();

    await user.click(within(group('People')).getByRole('checkbox', { name: 'Vladimir Putin 2 articles' }));
    expect(within(group('People')).getByRole('checkbox', { name: /^Vladimir Putin/ })).toBeChecked();
    // OR within a group: adding Aliyev would give Putin's 2 plus article Three.
    expect(within(group('People')).getByRole('checkbox', { name: 'Ilham Aliyev 3 articles' })).toBeInTheDocument();
    // AND across groups: within Putin's articles, Karabakh is in one; Culture in none, so it is hidden.
    expect(within(group('Topics')).getByRole('checkbox', { name: 'Karabakh 1 article' })).toBeInTheDocument();
    expect(within(group('Sections')).queryByRole('checkbox', { name: /Culture/ })).not.toBeInTheDocument();
  });

  it('excludes a value with its own toggle button', async () => {
    const user = userEvent.setup();
    const states: FilterState[] = [];
    render(<Harness onState={(s) => states.push(s)} />);
    const exclude = within(group('Sections')).getByRole('button', { name: 'Exclude section Politics' });
    await user.click(exclude);
    expect(states.at(-1)?.exclude.section).toEqual(['politics']);
    expect(within(group('Sections')).getByRole('button', { name: 'Exclude section Politics' })).toHaveAttribute('aria-pressed', 'true');
    // Without the two Politics articles, Putin matches nothing and is hidden.
    expect(within(group('People')).queryByRole('checkbox', { name: /Vladimir Putin/ })).not.toBeInTheDocument();
    // Including an excluded value switches it over.
    await user.click(within(group('Sections')).getByRole('checkbox', { name: /^Politics/ }));
    expect(states.at(-1)?.exclude.section).toEqual([]);
    expect(states.at(-1)?.include.section).toEqual(['politics']);
  });

  it('shows the top values of a long group, then all with a filter box', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const people = group('People');
    expect(within(people).getAllByRole('checkbox')).toHaveLength(8);
    expect(within(people).queryByRole('searchbox', { name: 'Filter people' })).not.toBeInTheDocument();
    await user.click(within(people).getByRole('button', { name: 'Show all 14 people' }));
    expect(within(people).getAllByRole('checkbox')).toHaveLength(14);
    await user.type(within(people).getByRole('searchbox', { name: 'Filter people' }), 'putin');
    expect(within(people).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(people).getByRole('checkbox', { name: 'Vladimir Putin 2 articles' })).toBeInTheDocument();
    expect(within(people).getByRole('button', { name: 'Show fewer people' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('filters by a from–to month range', async () => {
    const user = userEvent.setup();
    const states: FilterState[] = [];
    render(<Harness onState={(s) => states.push(s)} />);
    const from = screen.getByLabelText('From');
    await user.type(from, '2021-01');
    expect(states.at(-1)?.from).toBe('2021-01');
    // Only the two 2021 articles remain: both Politics.
    expect(within(group('Sections')).getByRole('checkbox', { name: 'Politics 2 articles' })).toBeInTheDocument();
    expect(within(group('Sections')).queryByRole('checkbox', { name: /Economy/ })).not.toBeInTheDocument();
  });
});
