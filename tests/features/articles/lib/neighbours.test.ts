import { describe, expect, it } from 'vitest';
import { neighbours } from '../../../../src/features/articles/lib/neighbours';
import type { ArticleMeta } from '../../../../src/shared/content-types';

const meta = (slug: string): ArticleMeta => ({ slug, title: slug, author: null, section: 'General', sectionSlug: 'general', date: null, summary: '', wordCount: 0, source: `${slug}.txt`, entities: [] });

describe('neighbours', () => {
  const list = [meta('a'), meta('b'), meta('c')];
  it('gives the articles before and after in list order', () => {
    expect(neighbours(list, 'b')).toEqual({ previous: list[0], next: list[2] });
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(list, 'a').previous).toBeNull();
    expect(neighbours(list, 'c').next).toBeNull();
  });
  it('gives nothing for an unknown slug', () => {
    expect(neighbours(list, 'z')).toEqual({ previous: null, next: null });
  });
});
