import type { Block } from '../../shared/content-types';
import type { TopicCandidate, TopicOccurrence } from './candidate';
import type { Curation } from './curation';
import { findPhrase, nameKey } from './find-phrase';
import { topicKey } from './topic-phrases';

export const MAX_TOPICS = 8;
const MIN_SCORE = 3;

export interface ChosenTopic {
  key: string;
  text: string;
  occurrences: TopicOccurrence[];
  pinned: boolean;
}

const contains = (long: string, short: string) => ` ${long} `.includes(` ${short} `);

/** The few phrases an article is about, plus the topics editors pinned to it. */
export function selectTopics(
  slug: string,
  blocks: readonly Block[],
  candidates: readonly TopicCandidate[],
  curation: Curation,
  nameKeys: ReadonlySet<string>,
  frontMatterTopics: readonly string[],
): ChosenTopic[] {
  const pinnedNames = [...(curation.pinBySlug.get(slug) ?? []), ...frontMatterTopics];
  // Topics an editor added by name count wherever the text uses them.
  for (const added of curation.add) {
    if (added.type === 'topic' && blocks.some((b) => findPhrase(b.text, added.name, b).length > 0)) pinnedNames.push(added.name);
  }
  for (const rule of curation.pinByMatch) {
    if (rule.when.some((phrase) => blocks.some((b) => findPhrase(b.text, phrase, b).length > 0))) pinnedNames.push(rule.topic);
  }
  const chosen: ChosenTopic[] = [];
  for (const name of pinnedNames) {
    const key = topicKey(nameKey(name));
    if (curation.hide.has(key) || chosen.some((c) => c.key === key)) continue;
    const occurrences = blocks.flatMap((b, block) => findPhrase(b.text, name, b).map((s) => ({ block, ...s })));
    chosen.push({ key, text: name, occurrences, pinned: true });
  }
  // Specific phrases first: "Nagorno-Karabakh settlement" says more than "settlement".
  const words = (c: TopicCandidate) => (c.key.includes(' ') ? 0 : 1);
  const sorted = [...candidates].sort((a, b) => words(a) - words(b) || b.score - a.score || a.key.localeCompare(b.key));
  for (const c of sorted) {
    if (chosen.filter((t) => !t.pinned).length >= MAX_TOPICS) break;
    if (c.score < MIN_SCORE || nameKeys.has(c.key) || curation.hide.has(c.key) || curation.hide.has(nameKey(c.text))) continue;
    // "corridor" adds nothing next to "Lachin corridor"; keep the more specific phrase.
    if (chosen.some((t) => contains(t.key, c.key) || contains(c.key, t.key))) continue;
    chosen.push({ key: c.key, text: c.text, occurrences: c.occurrences, pinned: false });
  }
  return chosen;
}
