import type { NameCandidate, Scores } from './candidate';
import { gazetteerKind, gazetteerLongest, isCompanyWord, isCuratedWord, isEnglishWord, isWellKnownWord, tokensKey, wordKeys, type GazetteerKind } from './gazetteer';
import { isDemonym, isLexiconOrg, isLexiconPlace, lexiconTags } from './lexicon';
import type { Token } from './tokens';
import { isCountryCode } from './segment-run';
import { rightCue } from './context-cues';
import { NEVER_NAMES, NON_ENTITY_ACRONYMS } from './word-lists';

/** A listed name of several words is certain; it outweighs anything the context rules add. */
const PHRASE_WEIGHT = 8;
/** A listed single word still yields to context ("Jordan said", "Liverpool beat"). */
const WORD_WEIGHT: Record<GazetteerKind, number> = { organization: 4, place: 3, person: 3 };
const COMPANY_WORD_WEIGHT = 3;

/** A one-word boost, remembered so it can be taken back when the word turns out to be a surname. */
export interface WordBoost {
  candidate: NameCandidate;
  type: GazetteerKind;
  amount: number;
}

interface Match {
  first: number;
  count: number;
  kind: GazetteerKind | 'company';
  /** The listed name ends in "'s" ("Moody's"). */
  possessive: boolean;
}

const NAME_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Organization', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'ProperNoun']);
const isOrdinaryWord = (fold: string) => lexiconTags(fold).some((t) => !NAME_TAGS.has(t));

const inRun = (tokens: readonly Token[], i: number) => {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (prev !== undefined && prev.cap && tokens[i]?.joined === true && !NEVER_NAMES.has(prev.fold)) || (next !== undefined && next.cap && next.joined);
};

/** The longest listed name starting at each capitalised word, left to right, not overlapping. */
function findMatches(tokens: readonly Token[], text: string): Match[] {
  const matches: Match[] = [];
  const longest = gazetteerLongest();
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i] as Token;
    let found: Match | null = null;
    if (start.cap && !isCountryCode(start, text) && !NON_ENTITY_ACRONYMS.has(start.fold)) {
      let reach = 1;
      // A name does not run across punctuation or past a possessive's end ("Maersk's ships").
      while (reach < longest && i + reach < tokens.length) {
        const next = tokens[i + reach] as Token;
        if (!next.joined || next.sentenceStart || ((tokens[i + reach - 1] as Token).possessive && !/^\p{Lu}/u.test(next.text))) break;
        reach++;
      }
      for (let n = reach; n >= 1 && !found; n--) {
        const span = tokens.slice(i, i + n);
        const last = span[n - 1] as Token;
        if (!last.cap) continue;
        const key = tokensKey(span);
        const keys = n === 1 ? wordKeys(start.text, start.fold) : [key];
        // "Moody's", "Sainsbury's": the possessive ending belongs to the name.
        if (last.possessive) keys.push(`${key}'s`);
        for (const k of keys) {
          const kind = gazetteerKind(k);
          if (kind && (n > 1 || start.text.length > 1)) {
            found = { first: i, count: n, kind, possessive: k.endsWith("'s") && last.possessive };
            break;
          }
        }
        if (!found && n === 1 && start.text.length > 1 && isCompanyWord(start.fold) && lexiconTags(start.fold).length === 0 && !isDemonym(start.fold)) found = { first: i, count: 1, kind: 'company', possessive: false };
      }
    }
    if (found) {
      matches.push(found);
      i += found.count;
    } else i++;
  }
  return matches;
}

/** What a team cue leaves behind (see applyCues): a side in a match, not a place or a person. */
export const isTeam = (c: NameCandidate) => c.scores.organization >= 6 && c.scores.person === 0 && c.scores.place === 0;

const scoresFor = (type: GazetteerKind, amount: number): Scores => ({ person: type === 'person' ? amount : 0, place: type === 'place' ? amount : 0, organization: type === 'organization' ? amount : 0 });

/** What the rules gave the other two readings of a name. */
const rivalScore = (s: Scores, type: GazetteerKind) => s.person + s.place + s.organization - s[type];

/**
 * Lays the lists over one block's candidates. A listed name of several words replaces the
 * fragments the rules made of it ("Alternative" + "Germany" → "Alternative for Germany") unless a
 * candidate reaches past it ("New York Times"). A listed single word only adds weight, and
 * is returned so that a surname ("Michael Dell" … "Dell said") can take it back.
 */
export function overlayGazetteer(names: NameCandidate[], tokens: readonly Token[], block: number, text: string, eventSpans: readonly [number, number][] = []): WordBoost[] {
  const boosts: WordBoost[] = [];
  for (const m of findMatches(tokens, text)) {
    const first = tokens[m.first] as Token;
    const last = tokens[m.first + m.count - 1] as Token;
    const start = first.start;
    const end = last.end + (m.possessive ? 2 : 0);
    // "Hong Kong Sevens", "Tour de France": a listed name inside an event's name is the event's.
    if (eventSpans.some(([from, to]) => from <= start && end <= to)) continue;
    const inBlock = names.filter((c) => c.block === block && c.start < end && c.end > start);
    // A candidate reaching past the match saw a longer name ("New York Times", "The National Electoral Council").
    if (inBlock.some((c) => c.start < start || c.end > end)) continue;
    if (m.count > 1 || m.possessive) {
      const type = m.kind === 'company' ? 'organization' : m.kind;
      const same = inBlock.find((c) => c.start === start && c.end === end);
      if (same) {
        // "beat New Zealand": a country the text makes a side in a match stays a team.
        if (!(type === 'place' && isTeam(same))) same.scores[type] += PHRASE_WEIGHT;
        continue;
      }
      for (const c of inBlock) names.splice(names.indexOf(c), 1);
      names.push({ block, start, end, text: text.slice(start, end).replace(/\s+/g, ' '), scores: scoresFor(type, PHRASE_WEIGHT) });
      continue;
    }
    // "March", "Reading", "Port": a city or company that is also an English word is believed only
    // from our own lists, and only where the rules already saw a name.
    // "NICE", "WHO": written in capitals, an acronym is not the word it spells.
    const word = !/^\p{Lu}{2,}$/u.test(first.text) && isEnglishWord(first.fold);
    if (word && !isCuratedWord(first.fold)) continue;
    const type = m.kind === 'company' ? 'organization' : m.kind;
    // compromise's lexicon already weighed the countries and companies it knows.
    if (type === 'place' ? isLexiconPlace(first.fold) : type === 'organization' && isLexiconOrg(first.fold)) continue;
    let candidate = inBlock.find((c) => c.start === start && c.end === end);
    // "Bath beat Leicester": a city the text made a side stays a side.
    if (type === 'place' && candidate && isTeam(candidate)) continue;
    const amount = m.kind === 'company' ? COMPANY_WORD_WEIGHT : WORD_WEIGHT[m.kind];
    // A small town's name ("Euclid", "Leander") is as often a thing or a surname: it only
    // confirms a place the context suggested.
    const confirmOnly = m.kind === 'place' && !isWellKnownWord(first.fold);
    if (confirmOnly && !(candidate && candidate.scores.place > 0)) continue;
    // A listed name that is also a word yields to another reading of the text: "in the Amazon"
    // (3) is one, a preposition alone ("from Airbus", 2) is not.
    if (word && candidate && rivalScore(candidate.scores, type) >= 3) continue;
    if (!candidate) {
      // The rules passed over it: add it only where a capital means a name, and not inside a
      // longer run the rules read otherwise ("Senate Republicans": members, not the party).
      if (word || inBlock.length > 0 || (first.sentenceStart && isOrdinaryWord(first.fold)) || inRun(tokens, m.first)) continue;
      // "the Euclid space telescope": the rules passed over a name that labels a made thing.
      if (rightCue(tokens, m.first, text, false) === 'thing') continue;
      candidate = { block, start, end, text: first.text, scores: scoresFor(type, 0) };
      names.push(candidate);
    }
    candidate.scores[type] += amount;
    boosts.push({ candidate, type, amount });
  }
  names.sort((a, b) => a.block - b.block || a.start - b.start);
  return boosts;
}
