import { describe, expect, it } from 'vitest';
import { filterEntities, groupByLetter } from '../../../../src/features/entities/lib/entity-index';
import type { EntityInfo } from '../../../../src/shared/content-types';

const entity = (name: string): EntityInfo => ({ type: 'person', slug: name.toLowerCase().replace(/\W+/g, '-'), name, articleCount: 1 });

describe('groupByLetter', () => {
  it('sorts A to Z ignoring case and diacritics and groups by first letter, other initials last', () => {
    const groups = groupByLetter(['zoe', 'Émile Zola', 'Ada', '3M', 'élan', 'Ørsted', 'Ёлка', 'Bea'].map(entity));
    expect(groups.map((group) => [group.letter, group.entities.map((e) => e.name)])).toEqual([
      ['A', ['Ada']],
      ['B', ['Bea']],
      ['E', ['élan', 'Émile Zola']],
      ['O', ['Ørsted']],
      ['Z', ['zoe']],
      ['#', ['3M', 'Ёлка']],
    ]);
  });
});

describe('filterEntities', () => {
  const all = ['Fuad Muxtarlı', 'Marine Le Pen', 'Ilham Aliyev', 'Sandøy'].map(entity);

  it('matches ignoring case and diacritics', () => {
    expect(filterEntities(all, 'MUXTARLI').map((e) => e.name)).toEqual(['Fuad Muxtarlı']);
    expect(filterEntities(all, 'sandoy').map((e) => e.name)).toEqual(['Sandøy']);
  });

  it('needs every word of the query, in any order', () => {
    expect(filterEntities(all, 'pen marine').map((e) => e.name)).toEqual(['Marine Le Pen']);
    expect(filterEntities(all, 'marine aliyev')).toEqual([]);
  });

  it('returns everything for a blank query', () => {
    expect(filterEntities(all, '   ')).toHaveLength(4);
  });
});
