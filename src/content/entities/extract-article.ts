import type { Block } from '../../shared/content-types';
import type { ArticleExtraction, NameCandidate, TopicCandidate } from './candidate';
import { isSporty, leftCue, rightCue } from './context-cues';
import { findRuns } from './runs';
import { segmentRun } from './segment-run';
import { isShouting, tokenize, type Token } from './tokens';
import { collectTopicPhrases, topicKey } from './topic-phrases';

/** Bump when extraction changes, so cached results from older code are not reused. */
export const EXTRACTOR_VERSION = 'entities-3';

/**
 * Finds candidate names and topic phrases in one article's blocks. Pure: same input, same output.
 * The title is read only to weigh topics, never for names: headlines are written in title case or
 * capitals, where capitals say nothing ("Banks Agree Merger", "India Win Series In Australia"),
 * a name there has no block to link from, and the labelled sets list the names of the body.
 */
export function extractArticle(title: string, blocks: readonly Block[]): ArticleExtraction {
  const tokenized = blocks.map((b) => tokenize(b.text));
  const lowercaseWords = new Set<string>();
  for (const tokens of tokenized) for (const t of tokens) if (!t.cap) lowercaseWords.add(t.fold);
  const sporty = isSporty(lowercaseWords);

  const names: NameCandidate[] = [];
  const events = new Map<string, TopicCandidate>();
  const shoutingBlocks: number[] = [];
  const topicInput: { block: number; text: string; tokens: Token[]; nameStarts: Set<number> }[] = [];

  tokenized.forEach((tokens, block) => {
    const text = blocks[block]?.text ?? '';
    if (isShouting(tokens)) {
      shoutingBlocks.push(block);
      return;
    }
    const nameStarts = new Set<number>();
    for (const run of findRuns(tokens, lowercaseWords)) {
      const last = run.tokens[run.tokens.length - 1] as Token;
      const after = tokens[run.first + run.tokens.length];
      const result = segmentRun(run.tokens, {
        block,
        text,
        before: wordBefore(tokens, run.first),
        afterThe: tokens[run.first - 1]?.fold === 'the' && run.tokens[0]?.joined === true,
        after: after && !after.cap && after.joined && !last.possessive ? after.fold : null,
        leftCue: leftCue(tokens, run.first, sporty),
        rightCue: rightCue(tokens, run.first + run.tokens.length - 1, text, sporty),
      });
      for (const name of result.names) {
        names.push(name);
        nameStarts.add(name.start);
      }
      for (const event of result.events) addEvent(events, block, text, event);
    }
    placeAfterPlace(names, text, block);
    topicInput.push({ block, text, tokens, nameStarts });
  });
  const topics = [...collectTopicPhrases(topicInput, title), ...events.values()];
  return { names, topics, shoutingBlocks };
}

/**
 * "Amman, Jordan." / "Paiporta, Spain,": a name set off by a comma right after a place, and
 * closing the phrase, says where that place is.
 */
function placeAfterPlace(names: NameCandidate[], text: string, block: number): void {
  for (let n = 1; n < names.length; n++) {
    const prev = names[n - 1] as NameCandidate;
    const cur = names[n] as NameCandidate;
    if (prev.block !== block || cur.block !== block || cur.text.includes(' ')) continue;
    if (prev.scores.place < 3 || prev.scores.place <= prev.scores.person || prev.scores.place <= prev.scores.organization) continue;
    if (!/^,\s*$/.test(text.slice(prev.end, cur.start)) || !/^\s*(?:[.;,)]|$)/.test(text.slice(cur.end))) continue;
    cur.scores.place += 3;
  }
}

/** The lowercase word before a run, skipping an article: "in the Lachin corridor" → "in". */
function wordBefore(tokens: readonly Token[], first: number): string | null {
  let k = first - 1;
  const runStart = tokens[first];
  if (!runStart?.joined) return null;
  if (tokens[k]?.fold === 'the' && tokens[k]?.joined) k--;
  const t = tokens[k];
  return t && !t.cap ? t.fold : null;
}

function addEvent(events: Map<string, TopicCandidate>, block: number, text: string, tokens: readonly Token[]): void {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const surface = text.slice(first.start, last.end).replace(/\s+/g, ' ');
  const key = topicKey(tokens.map((t) => t.fold).join(' '));
  const found = events.get(key) ?? { key, text: surface, score: 0, occurrences: [] };
  // A named event is a strong topic even when named once.
  found.score += 3;
  found.occurrences.push({ block, start: first.start, end: last.end });
  events.set(key, found);
}
