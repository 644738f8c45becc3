import type { Block } from '../../shared/content-types';
import type { ArticleExtraction, NameCandidate, TopicCandidate } from './candidate';
import { isSporty, leftCue, rightCue, roleBeforeComma } from './context-cues';
import { findRuns } from './runs';
import { segmentRun } from './segment-run';
import { isShouting, tokenize, type Token } from './tokens';
import { isKnownPlace, isLexiconPerson } from './lexicon';
import { ORG_KIND_FOLLOWERS, PLACE_PREPOSITIONS, STATE_ABBREVIATIONS } from './word-lists';
import { foldText } from '../../shared/text-fold';
import { collectTopicPhrases, topicKey } from './topic-phrases';
import { isTeam, overlayGazetteer, type WordBoost } from './gazetteer-overlay';
import { gazetteerVersion, isEnglishWord, isPersonNameWord } from './gazetteer';
import { bestType } from './candidate';

/** Bump when extraction changes, so cached results from older code are not reused. */
export const EXTRACTOR_VERSION = `entities-5+${gazetteerVersion()}`;

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
  const boosts: WordBoost[] = [];
  const topicInput: { block: number; text: string; tokens: Token[]; nameStarts: Set<number> }[] = [];

  tokenized.forEach((tokens, block) => {
    const text = blocks[block]?.text ?? '';
    if (isShouting(tokens)) {
      shoutingBlocks.push(block);
      return;
    }
    const nameStarts = new Set<number>();
    const eventSpans: [number, number][] = [];
    for (const run of findRuns(tokens, lowercaseWords)) {
      const last = run.tokens[run.tokens.length - 1] as Token;
      const after = tokens[run.first + run.tokens.length];
      const result = segmentRun(run.tokens, {
        block,
        text,
        before: wordBefore(tokens, run.first),
        afterThe: tokens[run.first - 1]?.fold === 'the' && run.tokens[0]?.joined === true,
        after: after && !after.cap && after.joined && !last.possessive ? after.fold : null,
        leftCue: roleBeforeComma(tokens, run.first, run.first + run.tokens.length - 1, text) ? 'person' : leftCue(tokens, run.first, sporty),
        rightCue: rightCue(tokens, run.first + run.tokens.length - 1, text, sporty),
      });
      for (const name of result.names) {
        if (isStateAbbreviation(name, text)) continue;
        // "U.S.": the dot after the last initial ends the sentence only if nothing follows.
        if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(name.text) && text[name.end] === '.') {
          name.end += 1;
          name.text += '.';
        }
        names.push(name);
        nameStarts.add(name.start);
      }
      for (const event of result.events) {
        addEvent(events, block, text, event);
        eventSpans.push([(event[0] as Token).start, (event[event.length - 1] as Token).end]);
      }
    }
    boosts.push(...overlayGazetteer(names, tokens, block, text, eventSpans));
    placeAfterPlace(names, text, block);
    basedIn(names, tokens, block);
    resultsTableSides(names, text, block);
    coordinated(names, text, block);
    topicInput.push({ block, text, tokens, nameStarts });
  });
  takeBackSurnames(names, boosts);
  if (sporty) {
    nicknamedSides(names, tokenized);
    sidesStaySides(names);
  }
  kindAnaphora(names, tokenized, shoutingBlocks);
  const topics = [...collectTopicPhrases(topicInput, title), ...events.values()];
  return { names, topics, shoutingBlocks };
}

/**
 * "England beat India ... India's bowlers ... India toured": in a match report, a name the text
 * once made a side is that side wherever else it appears in the article.
 */
function sidesStaySides(names: readonly NameCandidate[]): void {
  const sides = new Set(names.filter(isTeam).map((c) => foldText(c.text)));
  for (const c of names) {
    if (!sides.has(foldText(c.text)) || isTeam(c)) continue;
    c.scores.organization += c.scores.place + c.scores.person + 6;
    c.scores.place = 0;
    c.scores.person = 0;
  }
}

/** Plurals that name competitions, not sides ("Six Nations", "World Championships"). */
const EVENT_PLURALS = new Set(['nations', 'games', 'championships', 'series', 'finals', 'olympics', 'awards', 'trials', 'masters', 'classics', 'stakes']);

/**
 * "the Super Eagles", "Atlas Lions", "the Chiefs": in a match report, a name closed by a plural
 * noun is a side's nickname. (A plural opening a sentence is only a plural: "Fans cheered".)
 */
function nicknamedSides(names: readonly NameCandidate[], tokenized: readonly Token[][]): void {
  for (const c of names) {
    const words = c.text.split(' ');
    const last = foldText(words[words.length - 1] ?? '');
    if (!/[^s'’]s$/.test(last) || !isEnglishWord(last) || isPersonNameWord(last) || EVENT_PLURALS.has(last) || isKnownPlace(foldText(c.text))) continue;
    const opening = tokenized[c.block]?.find((t) => t.start === c.start);
    if (words.length === 1 && (opening === undefined || opening.sentenceStart)) continue;
    c.scores.organization += 4;
    c.scores.person = 0;
    c.scores.place = 0;
  }
}

/** "Lincoln, Neb.": the state's abbreviation after a city, not a name of its own. */
function isStateAbbreviation(c: NameCandidate, text: string): boolean {
  return STATE_ABBREVIATIONS.has(foldText(c.text)) && text[c.end] === '.' && /,\s*$/.test(text.slice(0, c.start));
}

/**
 * "Michael Dell ... Dell said": a listed word that is the last word of a person named in the
 * article is that person, so what the lists added to it is taken back.
 */
function takeBackSurnames(names: readonly NameCandidate[], boosts: readonly WordBoost[]): void {
  const surnames = new Set<string>();
  for (const c of names) {
    const words = c.text.split(' ');
    if (words.length >= 2 && bestType(c.scores) === 'person') surnames.add(foldText(words[words.length - 1] ?? ''));
  }
  for (const b of boosts) if (b.type !== 'person' && surnames.has(foldText(b.candidate.text))) b.candidate.scores[b.type] -= b.amount;
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

const weak = (c: NameCandidate) => Math.max(c.scores.person, c.scores.place, c.scores.organization) < 1;
const strongest = (c: NameCandidate): 'place' | 'organization' | null => {
  const { person, place, organization } = c.scores;
  if (place >= 2 && place > person && place > organization) return 'place';
  if (organization >= 3 && organization > person && organization > place) return 'organization';
  return null;
};

/**
 * "in Pisa and Lucca", "between Hexham and Newcastle", "Mali, Niger and Chad": names joined by
 * "and", "or" or a comma are usually of one kind, so a name with no evidence of its own takes the
 * kind its neighbour proved.
 */
function coordinated(names: NameCandidate[], text: string, block: number): void {
  const inBlock = names.filter((c) => c.block === block);
  const lend = (from: NameCandidate, to: NameCandidate) => {
    const kind = strongest(from);
    // A "said" after the pair (1) or a lone given name's hint (0.5) is no evidence of its own.
    if (kind && Math.max(to.scores.person, to.scores.place, to.scores.organization) <= 1.5 && !to.text.includes(' ')) to.scores[kind] += 2;
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let n = 1; n < inBlock.length; n++) {
      const prev = inBlock[n - 1] as NameCandidate;
      const cur = inBlock[n] as NameCandidate;
      if (!/^\s*(?:,\s*)?(?:and|or|,)\s*$/.test(text.slice(prev.end, cur.start))) continue;
      lend(prev, cur);
      lend(cur, prev);
    }
  }
}

/** "a Lucca-based firm": the capitalised part of an "-based" adjective is where something is. */
function basedIn(names: NameCandidate[], tokens: readonly Token[], block: number): void {
  for (const t of tokens) {
    const m = /^(\p{Lu}[\p{L}\p{M}]+)[-‐‑]based$/u.exec(t.text);
    if (m?.[1]) names.push({ block, start: t.start, end: t.start + m[1].length, text: m[1], scores: { person: 0, place: 2, organization: 0 } });
  }
}

/**
 * "2. Waiariki (NZL) 6:02": a ranked entry with a country code is a competitor. A one-word entry
 * that is no known name of a person is a club or crew, not an athlete.
 */
function resultsTableSides(names: NameCandidate[], text: string, block: number): void {
  for (const c of names) {
    if (c.block !== block || c.text.includes(' ') || isLexiconPerson(nameFold(c.text))) continue;
    if (/(?:^|\s)\d{1,2}[.)]\s*$/.test(text.slice(Math.max(0, c.start - 6), c.start)) && /^\s*\(\p{Lu}{3}\)/u.test(text.slice(c.end))) {
      c.scores.organization += 3;
      c.scores.person = 0;
    }
  }
}

const nameFold = (text: string) => foldText(text);

/**
 * "Stagecoach will withdraw the bus. The company blamed ...": a sentence that opens with "The
 * company" (or firm, carrier...) names the subject of the sentence before it, when that subject had
 * no other evidence of its kind.
 */
function kindAnaphora(names: NameCandidate[], tokenized: readonly Token[][], shoutingBlocks: readonly number[]): void {
  const byStart = new Map(names.map((c) => [`${c.block}:${c.start}`, c]));
  let subject: NameCandidate | null = null;
  tokenized.forEach((tokens, block) => {
    if (shoutingBlocks.includes(block)) return;
    tokens.forEach((t, i) => {
      if (!t.sentenceStart) return;
      const next = tokens[i + 1];
      if (subject && t.fold === 'the' && next && !next.cap && ORG_KIND_FOLLOWERS.has(next.fold) && weak(subject)) subject.scores.organization += 2;
      const opener = t.fold === 'the' && next?.cap ? next : t;
      subject = byStart.get(`${block}:${opener.start}`) ?? null;
    });
  });
}

/** The lowercase word before a run, skipping an article: "in the Lachin corridor" → "in". */
function wordBefore(tokens: readonly Token[], first: number): string | null {
  let k = first - 1;
  const runStart = tokens[first];
  if (!runStart?.joined) return null;
  if (tokens[k]?.fold === 'the' && tokens[k]?.joined) k--;
  const t = tokens[k];
  // "In Nice, ...": a preposition opening the sentence is still the word before the name.
  return t && (!t.cap || (t.sentenceStart && PLACE_PREPOSITIONS.has(t.fold))) ? t.fold : null;
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
