import type { ArticleEntity, Block, EntityInfo, EntityKey, EntityType, Mention } from '../../shared/content-types';
import { slugify } from '../../shared/slugify';
import type { ContentProblem } from '../types';
import { bestType, zeroScores, type ArticleExtraction, type Scores } from './candidate';
import type { Curation } from './curation';
import { ExtractionCache, extractionHash } from './extraction-cache';
import { extractArticle } from './extract-article';
import { findPhrase } from './find-phrase';
import { frontMatterEntityFields, frontMatterNames } from './front-matter-names';
import { gatherNames, type NameGroup, type Span } from './gather-names';
import { joinWithinArticle, uniqueFullNames } from './join-people';
import { countMentions, resolveOverlaps } from './mentions';
import { selectTopics, type ChosenTopic } from './select-topics';

export interface EntityInputArticle {
  slug: string;
  title: string;
  blocks: Block[];
  frontMatter: Record<string, unknown>;
  file: string;
}

export interface EntityCorpus {
  perArticle: Map<string, { entities: ArticleEntity[]; mentions: Mention[] }>;
  entities: EntityInfo[];
  problems: ContentProblem[];
}

export interface EntityCorpusOptions {
  /** Where per-article extraction results are kept between builds. */
  cacheDir?: string;
  /** Called for each article actually extracted (not served from the cache). */
  onExtract?: (slug: string) => void;
}

interface Prepared {
  article: EntityInputArticle;
  extraction: ArticleExtraction;
  groups: Map<string, NameGroup>;
  topicNames: string[];
}

/** One resolved entity in one article, before slugs: type + key identify it across the corpus. */
interface Found {
  type: EntityType;
  key: string;
  spans: Span[];
  forms: Map<string, number>;
  canonical: string | null;
  pinned: boolean;
}

export function buildEntityCorpus(articles: EntityInputArticle[], curation: Curation, options: EntityCorpusOptions = {}): EntityCorpus {
  const problems: ContentProblem[] = [];
  const cache = new ExtractionCache(options.cacheDir);
  const prepared: Prepared[] = articles.map((article) => {
    const hash = extractionHash(article.title, article.blocks, frontMatterEntityFields(article.frontMatter));
    let extraction = cache.get(hash);
    if (!extraction) {
      extraction = extractArticle(article.title, article.blocks);
      options.onExtract?.(article.slug);
      cache.set(hash, extraction);
    }
    const declared = frontMatterNames(article.frontMatter, article.file);
    problems.push(...declared.problems);
    const names = declared.names.filter((n) => n.type !== 'topic');
    const groups = gatherNames(article.blocks, extraction, curation, names);
    return { article, extraction, groups, topicNames: declared.names.filter((n) => n.type === 'topic').map((n) => n.name) };
  });
  cache.save();

  // Evidence from the whole corpus decides names one article alone cannot ("Susa" with no "in").
  const corpusScores = new Map<string, Scores>();
  for (const p of prepared) {
    for (const g of p.groups.values()) {
      const total = corpusScores.get(g.key) ?? zeroScores();
      for (const t of ['person', 'place', 'organization'] as const) total[t] += g.scores[t];
      corpusScores.set(g.key, total);
    }
  }
  const typeOf = (g: NameGroup): EntityType | null => g.forced ?? bestType(g.scores) ?? bestType(corpusScores.get(g.key) ?? zeroScores());

  const perArticleFound = prepared.map((p) => joinArticle(p.groups, typeOf));
  const fullNames = new Set(perArticleFound.flatMap((found) => found.filter((f) => f.type === 'person' && f.key.includes(' ')).map((f) => f.key)));
  const bySurname = uniqueFullNames(fullNames);
  for (const found of perArticleFound) joinAcrossCorpus(found, bySurname);

  const perArticleTopics = prepared.map((p, i) => {
    const nameKeys = new Set((perArticleFound[i] ?? []).map((f) => f.key));
    return selectTopics(p.article.slug, p.article.blocks, p.extraction.topics, curation, nameKeys, p.topicNames);
  });
  const names = displayNames(perArticleFound, perArticleTopics);

  const perArticle = new Map<string, { entities: ArticleEntity[]; mentions: Mention[] }>();
  const articleCounts = new Map<EntityKey, number>();
  prepared.forEach((p, i) => {
    const found = [...(perArticleFound[i] ?? []), ...(perArticleTopics[i] ?? []).map(topicAsFound)];
    const result = articleEntities(p, found, names);
    perArticle.set(p.article.slug, result);
    for (const e of result.entities) articleCounts.set(`${e.type}:${e.slug}`, (articleCounts.get(`${e.type}:${e.slug}`) ?? 0) + 1);
  });
  const entities: EntityInfo[] = [];
  for (const [id, articleCount] of articleCounts) {
    const info = names.get(id);
    if (info) entities.push({ ...info, articleCount });
  }
  return { perArticle, entities, problems };
}

function joinArticle(groups: Map<string, NameGroup>, typeOf: (g: NameGroup) => EntityType | null): Found[] {
  const joins = joinWithinArticle(groups, typeOf);
  const found = new Map<string, Found>();
  for (const g of groups.values()) {
    const target = joins.get(g.key);
    if (target === '') continue;
    const type = target !== undefined ? 'person' : typeOf(g);
    if (type === null) continue;
    const key = target ?? g.key;
    const f: Found = found.get(key) ?? { type, key, spans: [], forms: new Map(), canonical: null, pinned: false };
    f.spans.push(...g.mentions);
    // A joined surname lends its mentions, not its spelling, to the full name.
    if (target === undefined) for (const [form, n] of g.forms) f.forms.set(form, (f.forms.get(form) ?? 0) + n);
    f.canonical ??= g.canonical;
    f.pinned ||= g.pinned;
    if (target === undefined) f.type = type;
    found.set(key, f);
  }
  return [...found.values()];
}

function joinAcrossCorpus(found: Found[], bySurname: ReadonlyMap<string, string>): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i] as Found;
    const full = f.type === 'person' && f.canonical === null ? bySurname.get(f.key) : undefined;
    if (!full || full === f.key) continue;
    const same = found.find((o) => o.key === full && o.type === 'person');
    if (same) {
      same.spans.push(...f.spans);
      found.splice(i, 1);
    } else {
      f.key = full;
      f.forms = new Map();
    }
  }
}

function topicAsFound(t: ChosenTopic): Found {
  return { type: 'topic', key: t.key, spans: t.occurrences, forms: new Map([[t.text, t.occurrences.length || 1]]), canonical: t.pinned ? t.text : null, pinned: t.pinned };
}

/** One display name and slug per entity for the whole corpus: the most common spelling wins. */
function displayNames(perArticleFound: readonly Found[][], perArticleTopics: readonly ChosenTopic[][]): Map<string, { type: EntityType; slug: string; name: string }> {
  const tallies = new Map<string, Map<string, number>>();
  const all = [...perArticleFound.flat(), ...perArticleTopics.flat().map(topicAsFound)];
  for (const f of all) {
    const id = `${f.type}|${f.key}`;
    const tally = tallies.get(id) ?? new Map<string, number>();
    if (f.canonical) tally.set(f.canonical, (tally.get(f.canonical) ?? 0) + 1e6);
    for (const [form, n] of f.forms) tally.set(form, (tally.get(form) ?? 0) + n);
    tallies.set(id, tally);
  }
  const out = new Map<string, { type: EntityType; slug: string; name: string }>();
  for (const [id, tally] of tallies) {
    const [type, key] = id.split('|') as [EntityType, string];
    // Ties go to the spelling with diacritics ("Muxtarlı" over "Muxtarli"): editors rarely add them by mistake.
    const accented = (s: string) => Number(/[^\p{ASCII}]/u.test(s));
    const best = [...tally].sort((a, b) => b[1] - a[1] || accented(b[0]) - accented(a[0]) || a[0].localeCompare(b[0]))[0]?.[0] ?? key;
    const name = type === 'topic' ? best.charAt(0).toUpperCase() + best.slice(1) : best;
    const slug = slugify(name) || slugify(key) || 'entity';
    const entry = { type, slug, name };
    out.set(id, entry);
    out.set(`${type}:${slug}`, entry);
  }
  return out;
}

function articleEntities(p: Prepared, found: readonly Found[], names: ReadonlyMap<string, { type: EntityType; slug: string; name: string }>): { entities: ArticleEntity[]; mentions: Mention[] } {
  const raw: Mention[] = [];
  const pinned = new Map<EntityKey, { type: EntityType; slug: string; name: string }>();
  const present = new Map<EntityKey, { type: EntityType; slug: string; name: string }>();
  for (const f of found) {
    const info = names.get(`${f.type}|${f.key}`);
    if (!info) continue;
    const entity: EntityKey = `${info.type}:${info.slug}`;
    present.set(entity, info);
    if (f.pinned) pinned.set(entity, info);
    for (const s of f.spans) raw.push({ entity, block: s.block, start: s.start, end: s.end });
    // Headlines in capitals are only searched for names the article already gave.
    for (const block of p.extraction.shoutingBlocks) {
      const text = p.article.blocks[block]?.text ?? '';
      for (const form of new Set([info.name, ...f.forms.keys()])) for (const s of findPhrase(text, form)) raw.push({ entity, block, ...s });
    }
  }
  const mentions = resolveOverlaps(raw);
  const counts = countMentions(mentions);
  const entities: ArticleEntity[] = [];
  for (const [entity, info] of present) {
    const count = counts.get(entity) ?? 0;
    if (count > 0 || pinned.has(entity)) entities.push({ type: info.type, slug: info.slug, name: info.name, count });
  }
  entities.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { entities, mentions };
}
