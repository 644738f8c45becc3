import { gzipSync } from 'node:zlib';
import { buildSearchData, buildSearchIndex, DEFAULT_BODY_TERMS_PER_ARTICLE } from '../../../src/content/search/build-search-index';
import { createSearch } from '../../../src/features/search/lib/search';
import { makeArticle } from '../../features/search/lib/make-article';
import { generateCorpus } from './fixtures/synthetic-corpus';

describe('buildSearchData', () => {
  const articles = [
    makeArticle({
      title: 'Leaders meet in Moscow',
      summary: 'Leaders met.',
      people: ['Vladimir Putin'],
      headings: ['What was agreed', 'What comes next'],
      paragraphs: ['Pomegranate pomegranate ceasefire ceasefire ceasefire corridor leaders the the the.', 'Moscow again; Putin again.'],
    }),
    makeArticle({ title: 'Other', summary: 'Other.', paragraphs: ['Leaders everywhere.'] }),
  ];

  it('ships headings and the most distinctive body terms not indexed elsewhere', () => {
    const data = buildSearchData(articles, { bodyTermsPerArticle: 2 });
    expect(data.version).toBe(1);
    expect(data.count).toBe(2);
    expect(data.headings).toEqual(['What was agreed\nWhat comes next', '']);
    // "leaders" is in the title and in the other article; "moscow"/"putin" are in title/people; "the" is a stop word.
    expect(data.bodyTerms[0]).toBe('ceasefire pomegranate');
    expect(data.bodyTerms[1]).toBe('everywhere');
  });

  it('returns JSON the client search loads', () => {
    const search = createSearch(buildSearchIndex(articles, { bodyTermsPerArticle: 2 }), articles.map((a) => a.meta));
    expect(search.search('ceasefire').map((h) => h.id)).toEqual([0]);
    expect(search.search('agreed').map((h) => h.id)).toEqual([0]);
    // Beyond the shipped body terms, the body is not searchable (only title, summary, headings, entities).
    expect(search.search('corridor')).toEqual([]);
  });

  it('is deterministic', () => {
    expect(buildSearchIndex(articles)).toBe(buildSearchIndex(articles));
  });
});

describe('size budget', () => {
  it('stays under 300 kB gzip at 10,000 articles of ~600 words', { timeout: 120_000 }, () => {
    const corpus = generateCorpus({ articles: 10_000 });
    const json = buildSearchIndex(corpus, { bodyTermsPerArticle: DEFAULT_BODY_TERMS_PER_ARTICLE });
    // The filter data is derived on the client from the ArticleMetas, so nothing else is shipped for search.
    expect(gzipSync(json, { level: 9 }).length).toBeLessThanOrEqual(300 * 1024);
  });
});
