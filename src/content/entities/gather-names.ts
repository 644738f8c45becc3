import type { Block, EntityType } from '../../shared/content-types';
import { bestType, zeroScores, type ArticleExtraction, type Scores } from './candidate';
import type { Curation } from './curation';
import { findPhrase, nameKey } from './find-phrase';

export interface Span {
  block: number;
  start: number;
  end: number;
}

/** Every occurrence of one name (by key) in one article, with the evidence for its type. */
export interface NameGroup {
  key: string;
  scores: Scores;
  /** Type fixed by an editor (front matter, curation "add" or "types"). */
  forced: EntityType | null;
  /** Name set by an editor (alias target, "add", front matter). */
  canonical: string | null;
  forms: Map<string, number>;
  mentions: Span[];
  /** Listed in front matter: kept even when the text never names it. */
  pinned: boolean;
}

export interface EditorName {
  name: string;
  type: EntityType;
  pinned: boolean;
}

function group(groups: Map<string, NameGroup>, key: string): NameGroup {
  let found = groups.get(key);
  if (!found) {
    found = { key, scores: zeroScores(), forced: null, canonical: null, forms: new Map(), mentions: [], pinned: false };
    groups.set(key, found);
  }
  return found;
}

/** Groups an article's candidates by name, applying aliases, editors' additions and hiding. */
export function gatherNames(blocks: readonly Block[], extraction: ArticleExtraction, curation: Curation, editorNames: readonly EditorName[]): Map<string, NameGroup> {
  const groups = new Map<string, NameGroup>();
  for (const c of extraction.names) {
    const rawKey = nameKey(c.text);
    const canonical = curation.aliases.get(rawKey) ?? null;
    const g = group(groups, canonical ? nameKey(canonical) : rawKey);
    if (canonical) g.canonical = canonical;
    for (const type of ['person', 'place', 'organization'] as const) g.scores[type] += c.scores[type];
    g.forms.set(c.text, (g.forms.get(c.text) ?? 0) + 1);
    g.mentions.push({ block: c.block, start: c.start, end: c.end });
  }
  const located: { name: string; canonical: string; type: EntityType | null; pinned: boolean }[] = [
    ...[...curationAliasForms(curation)].map(([alias, canonical]) => ({ name: alias, canonical, type: null, pinned: false })),
    ...curation.add.map((a) => ({ name: a.name, canonical: a.name, type: a.type, pinned: false })),
    ...editorNames.map((e) => ({ name: e.name, canonical: curation.aliases.get(nameKey(e.name)) ?? e.name, type: e.type, pinned: e.pinned })),
  ];
  for (const item of located) {
    if (item.type === 'topic') continue;
    const spans = blocks.flatMap((b, block) => findPhrase(b.text, item.name, b).map((s) => ({ block, ...s })));
    if (spans.length === 0 && !item.pinned) continue;
    const g = group(groups, nameKey(item.canonical));
    g.canonical = item.canonical;
    if (item.type) g.forced = item.type;
    g.pinned ||= item.pinned;
    for (const s of spans) if (!g.mentions.some((m) => m.block === s.block && m.start === s.start)) g.mentions.push(s);
  }
  for (const [key, g] of groups) {
    const forcedType = curation.types.get(key);
    if (forcedType && !g.forced) g.forced = forcedType;
    if (curation.hide.has(key) || [...g.forms.keys()].some((f) => curation.hide.has(nameKey(f)))) groups.delete(key);
  }
  return groups;
}

/** The alias spellings an editor listed, for finding them in text the extractor passed over. */
function curationAliasForms(curation: Curation): Map<string, string> {
  const out = new Map<string, string>();
  for (const [aliasKey, canonical] of curation.aliases) if (aliasKey.length > 2) out.set(aliasKey, canonical);
  return out;
}

/** The type a group has from its own evidence in this article, or null when undecided. */
export function ownType(g: NameGroup): EntityType | null {
  return g.forced ?? bestType(g.scores);
}
