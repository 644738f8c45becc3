// Build-time: produces the search data the client turns into a MiniSearch index.
//
// Why not ship MiniSearch's own JSON: at 10,000 articles it is ~0.9 MB gzip even without any
// body text (postings for titles and entity names alone), three times the 300 kB budget. Those
// fields are already in the ArticleMetas the client loads, so only headings and a few body
// terms per article are shipped; the client indexes them together with the metas.
import type { ArticleBody, ArticleMeta } from '../../shared/content-types';
import { processSearchTerm, SEARCH_DATA_VERSION, toSearchDocument } from '../../shared/search-options';
import type { SearchDataPayload, SearchDocument } from '../../shared/search-options';
import { tokenize } from '../../shared/text-fold';

export interface IndexableArticle {
  meta: ArticleMeta;
  body: ArticleBody;
}

export interface BuildSearchIndexOptions {
  /** How many body terms to ship per article, picked by TF-IDF; defaults to DEFAULT_BODY_TERMS_PER_ARTICLE. */
  bodyTermsPerArticle?: number;
}

/**
 * Each shipped body term costs ~37 kB gzip per 10,000 articles (they are the rare words, which
 * compress worst); 3 keeps the synthetic 10,000-article corpus under the 300 kB budget with
 * headings included. See tests/content/search/search-index-size.test.ts.
 */
export const DEFAULT_BODY_TERMS_PER_ARTICLE = 3;

function headingsOf(body: ArticleBody): string {
  return body.blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => b.text)
    .join('\n');
}

function termsOf(text: string, into: Map<string, number>): void {
  for (const token of tokenize(text)) {
    // Compounds are not candidates: their parts are, and re-tokenizing a compound would add them anyway.
    if (token.includes('-')) continue;
    const term = processSearchTerm(token);
    if (term !== null) into.set(term, (into.get(term) ?? 0) + 1);
  }
}

function bodyTermCounts(body: ArticleBody): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of body.blocks) {
    if (block.kind === 'paragraph') termsOf(block.text, counts);
  }
  return counts;
}

/** Terms the client indexes anyway for this article (title, summary, headings, entities…). */
function coveredTerms(doc: SearchDocument): Set<string> {
  const counts = new Map<string, number>();
  for (const text of [doc.title, doc.headings, doc.body, doc.people, doc.topics, doc.places, doc.organizations, doc.author, doc.section]) {
    termsOf(text, counts);
  }
  return new Set(counts.keys());
}

function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each body's most distinctive terms that are not indexed already: highest tf·idf, ties broken
 * by the term so builds are reproducible.
 */
function selectBodyTerms(counts: Map<string, number>[], covered: Set<string>[], perArticle: number): string[] {
  if (perArticle <= 0) return counts.map(() => '');
  const documentFrequency = new Map<string, number>();
  for (const c of counts) {
    for (const term of c.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const n = counts.length;
  return counts.map((c, i) => {
    const skip = covered[i];
    const scored: { term: string; score: number }[] = [];
    for (const [term, tf] of c) {
      if (skip?.has(term)) continue;
      const df = documentFrequency.get(term) ?? 1;
      const score = (1 + Math.log(tf)) * Math.log(n / df);
      // A term in every article tells them apart from nothing.
      if (score > 0) scored.push({ term, score });
    }
    scored.sort((a, b) => b.score - a.score || compareTerms(a.term, b.term));
    return scored
      .slice(0, perArticle)
      .map((s) => s.term)
      .join(' ');
  });
}

/** The shipped search data for `articles`, which must be in ContentIndex.articles order (ids are positions). */
export function buildSearchData(articles: readonly IndexableArticle[], options: BuildSearchIndexOptions = {}): SearchDataPayload {
  const perArticle = options.bodyTermsPerArticle ?? DEFAULT_BODY_TERMS_PER_ARTICLE;
  const headings = articles.map((a) => headingsOf(a.body));
  const covered = articles.map((a, i) => coveredTerms(toSearchDocument(a.meta, i, { headings: headings[i] ?? '', bodyTerms: '' })));
  const bodyTerms = selectBodyTerms(
    articles.map((a) => bodyTermCounts(a.body)),
    covered,
    perArticle,
  );
  return { version: SEARCH_DATA_VERSION, count: articles.length, headings, bodyTerms };
}

/** The search data as JSON, for the client's createSearch(json, metas). */
export function buildSearchIndex(articles: readonly IndexableArticle[], options: BuildSearchIndexOptions = {}): string {
  return JSON.stringify(buildSearchData(articles, options));
}
