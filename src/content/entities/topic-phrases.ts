import type { TopicCandidate } from './candidate';
import { isDemonym, wordClass } from './lexicon';
import { isRole } from './roles';
import type { Token } from './tokens';
import { GENERIC_TOPIC_WORDS, NEVER_NAMES } from './word-lists';

const MAX_WORDS = 3;
const KEEP_PER_ARTICLE = 24;

/** Folded singular: "peacekeepers" and "peacekeeper" are one topic. */
export function topicKey(folded: string): string {
  return folded.replace(/\s+/g, ' ').replace(/(\w{3,}?)(ies|s)$/u, (_m, stem: string, end: string) => (end === 'ies' ? `${stem}y` : stem.endsWith('s') || stem.endsWith('u') ? `${stem}s` : stem));
}

type Slot = 'noun' | 'modifier' | 'weak-noun' | null;

function slotOf(t: Token, inName: boolean): Slot {
  if (NEVER_NAMES.has(t.fold) || t.fold.length < 3 || /\d/.test(t.fold) || t.possessive) return null;
  if (t.cap) {
    // A place or thing named in capitals may qualify a topic ("Lachin corridor"), never end one.
    if (t.sentenceStart || !inName || isRole(t.fold) || isDemonym(t.fold)) return null;
    return 'modifier';
  }
  const cls = wordClass(t.fold);
  if (cls === 'noun') return 'noun';
  if (cls === 'adjective') return 'modifier';
  if (cls === 'verb-or-noun') return 'weak-noun';
  return null;
}

interface Tally {
  count: number;
  forms: Map<string, number>;
  occurrences: TopicCandidate['occurrences'];
  words: number;
}

/** Noun phrases ending in a lowercase noun, counted over the article, best first. */
export function collectTopicPhrases(blocks: readonly { block: number; text: string; tokens: readonly Token[]; nameStarts: ReadonlySet<number> }[], title: string): TopicCandidate[] {
  const tallies = new Map<string, Tally>();
  for (const { block, text, tokens, nameStarts } of blocks) {
    const slots = tokens.map((t) => slotOf(t, nameStarts.has(t.start)));
    for (let end = 0; end < tokens.length; end++) {
      if (slots[end] !== 'noun' && slots[end] !== 'weak-noun') continue;
      for (let n = slots[end] === 'noun' ? 1 : 2; n <= MAX_WORDS; n++) {
        const from = end - n + 1;
        if (from < 0) break;
        if (n > 1 && (!tokens[from + 1]?.joined || (slots[from] !== 'modifier' && slots[from] !== 'noun'))) break;
        const first = tokens[from] as Token;
        const last = tokens[end] as Token;
        if (n === 1 && GENERIC_TOPIC_WORDS.has(last.fold)) continue;
        if (GENERIC_TOPIC_WORDS.has(first.fold) && slots[from] === 'modifier') continue;
        const surface = text.slice(first.start, last.end).replace(/\s+/g, ' ');
        const key = topicKey(tokens.slice(from, end + 1).map((t) => t.fold).join(' '));
        const tally: Tally = tallies.get(key) ?? { count: 0, forms: new Map(), occurrences: [], words: n };
        tally.count++;
        tally.forms.set(surface, (tally.forms.get(surface) ?? 0) + 1);
        tally.occurrences.push({ block, start: first.start, end: last.end });
        tallies.set(key, tally);
      }
    }
  }
  const titleFold = title.toLowerCase();
  const out: TopicCandidate[] = [];
  for (const [key, tally] of tallies) {
    if (tally.count < (tally.words === 1 ? 3 : 2)) continue;
    const text = [...tally.forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key;
    const inTitle = titleFold.includes(key.split(' ')[0] ?? key) ? 2 : 0;
    out.push({ key, text, score: tally.count * (1 + 0.6 * (tally.words - 1)) + inTitle, occurrences: tally.occurrences });
  }
  return out.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key)).slice(0, KEEP_PER_ARTICLE);
}
