import { describe, expect, it } from 'vitest';
import { coOccurring } from '../../../src/content/pages/co-occurrence';
import { makeArticle, person, place, topic } from './make-article';

describe('coOccurring', () => {
  const articles = [
    makeArticle('a', '2024-01-03', [person('ana', 'Ana', 9), person('bo', 'Bo', 7), topic('budget', 'Budget'), place('lisbon', 'Lisbon')]),
    makeArticle('b', '2024-01-02', [person('ana', 'Ana'), person('cy', 'Cy'), topic('budget', 'Budget'), topic('roads', 'Roads')]),
    makeArticle('c', '2024-01-01', [person('ana', 'Ana'), person('cy', 'Cy'), person('bo', 'Bo')]),
    makeArticle('d', '2024-01-01', [person('dee', 'Dee'), topic('budget', 'Budget'), person('cy', 'Cy')]),
  ];

  it('counts shared articles, not mentions, and ranks most shared first then A to Z', () => {
    const related = coOccurring(articles, 'person', 'ana', { types: ['person', 'topic'], limit: 10 });
    expect(related.get('person')).toEqual([
      { type: 'person', slug: 'bo', name: 'Bo', articles: 2 },
      { type: 'person', slug: 'cy', name: 'Cy', articles: 2 },
    ]);
    expect(related.get('topic')).toEqual([
      { type: 'topic', slug: 'budget', name: 'Budget', articles: 2 },
      { type: 'topic', slug: 'roads', name: 'Roads', articles: 1 },
    ]);
  });

  it('leaves out the entity itself, unrequested types and articles without it', () => {
    const related = coOccurring(articles, 'person', 'ana', { types: ['person'], limit: 10 });
    expect([...related.keys()]).toEqual(['person']);
    const names = related.get('person')?.map((entry) => entry.name);
    expect(names).not.toContain('Ana');
    expect(names).not.toContain('Dee');
  });

  it('keeps at most `limit` per type', () => {
    expect(coOccurring(articles, 'topic', 'budget', { types: ['person'], limit: 1 }).get('person')).toEqual([{ type: 'person', slug: 'ana', name: 'Ana', articles: 2 }]);
  });
});
