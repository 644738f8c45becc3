import type { NameType } from './candidate';
import { tagsOf } from './lexicon';
import type { Token } from './tokens';

const DRAW_WORDS = new Set(['drew', 'draw', 'drawn']);
import {
  APPOSITIVE_PLACE_KINDS,
  CORPORATE_PASSIVES,
  CORPORATE_ROLES,
  MARKET_MOVES,
  MOTION_VERBS,
  ORG_KIND_FOLLOWERS,
  ORG_POSSESSIONS,
  RESULT_VERBS,
  SPORT_WORDS,
  TEAM_RESULT_NOUNS,
} from './word-lists';

/**
 * What the lowercase words around a name say about its type, when the name itself says
 * nothing ("shares in Commerzbank", "UniCredit chief executive", "Ajax, the Amsterdam club").
 * `team` is an organisation the text treats as a side in a match ("India won", "drew with Valencia").
 */
export type Cue = NameType | 'team' | null;

/** An article talks about a match when it uses at least two words only sport uses. */
export function isSporty(lowercaseWords: ReadonlySet<string>): boolean {
  let n = 0;
  for (const w of SPORT_WORDS) if (lowercaseWords.has(w) && ++n >= 2) return true;
  return false;
}

/** The lowercase words directly before index `first`, nearest first, skipping one "the"/"its". */
function wordsBefore(tokens: readonly Token[], first: number, count: number): string[] {
  const out: string[] = [];
  let k = first - 1;
  let joined = tokens[first]?.joined === true;
  while (k >= 0 && out.length < count && joined) {
    const t = tokens[k] as Token;
    // A capital opening the sentence says nothing: "Shares in Commerzbank rose".
    if (t.cap && !t.sentenceStart) break;
    if (!(out.length === 0 && (t.fold === 'the' || t.fold === 'its'))) out.push(t.fold);
    joined = t.joined;
    k--;
  }
  return out;
}

/** The lowercase words directly after index `last`, nearest first. */
function wordsAfter(tokens: readonly Token[], last: number, count: number): string[] {
  const out: string[] = [];
  for (let k = last + 1; k < tokens.length && out.length < count; k++) {
    const t = tokens[k] as Token;
    if (!t.joined || t.cap) break;
    out.push(t.fold);
    if (t.possessive) break;
  }
  return out;
}

export function leftCue(tokens: readonly Token[], first: number, sporty: boolean): Cue {
  const [w1, w2] = wordsBefore(tokens, first, 2);
  if (!w1) return null;
  // "drew with Valencia" is said only of sides in a match.
  if ((w1 === 'with' && w2 !== undefined && DRAW_WORDS.has(w2)) || (sporty && (w1 === 'against' || ((w1 === 'with' || w1 === 'to' || w1 === 'over' || w1 === 'by') && w2 !== undefined && TEAM_RESULT_NOUNS.has(w2))))) return 'team';
  if ((w1 === 'in' || w1 === 'of') && (w2 === 'shares' || w2 === 'stake' || w2 === 'stakes')) return 'organization';
  if (w1 === 'by' && w2 !== undefined && CORPORATE_PASSIVES.has(w2)) return 'organization';
  if ((w1 === 'at' || w1 === 'of') && w2 !== undefined && CORPORATE_ROLES.has(w2)) return 'organization';
  if (ORG_KIND_FOLLOWERS.has(w1)) return 'organization';
  if (w1 === 'at' && employedBefore(tokens, first - 1)) return 'organization';
  if (MOTION_VERBS.has(w1)) return 'place';
  return null;
}

export function rightCue(tokens: readonly Token[], last: number, text: string, sporty: boolean): Cue {
  const end = tokens[last] as Token;
  const [a1, a2] = wordsAfter(tokens, last, 2);
  if (end.possessive) {
    if (a1 === 'chief' && a2 !== undefined && CORPORATE_ROLES.has(a2)) return 'organization';
    return a1 !== undefined && ORG_POSSESSIONS.has(a1) ? 'organization' : null;
  }
  if (a1 !== undefined) {
    if (sporty && RESULT_VERBS.has(a1)) return 'team';
    if (a1 === 'chief' && a2 !== undefined && CORPORATE_ROLES.has(a2)) return 'organization';
    if ((a1 === 'shares' || a1 === 'stock') && a2 !== undefined && MARKET_MOVES.has(a2)) return 'organization';
    if (ORG_KIND_FOLLOWERS.has(a1)) return 'organization';
    return null;
  }
  return appositiveCue(tokens, last, text);
}

/** "Ajax, the Amsterdam club, ...", "Paiporta, a town near Valencia": the apposition says what the name is. */
function appositiveCue(tokens: readonly Token[], last: number, text: string): Cue {
  const next = tokens[last + 1];
  if (!next || !/^,\s*$/.test(text.slice((tokens[last] as Token).end, next.start))) return null;
  if (next.fold !== 'the' && next.fold !== 'a' && next.fold !== 'an') return null;
  for (let k = last + 2; k < Math.min(tokens.length, last + 6); k++) {
    const t = tokens[k] as Token;
    if (!t.joined) return null;
    if (t.possessive) continue;
    if (t.cap) continue;
    if (ORG_KIND_FOLLOWERS.has(t.fold)) return 'organization';
    if (APPOSITIVE_PLACE_KINDS.has(t.fold)) return 'place';
    // Only adjectives may stand between the article and the noun that says what the name is.
    if (!tagsOf(t.fold).has('Adjective')) return null;
  }
  return null;
}

/** "Analyst Maria Lopez at ...", "economist Jane Doe at ...": a company post, its holder's name, then "at". */
function employedBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  let names = 0;
  while (k >= 0 && names < 4 && tokens[k]?.cap && tokens[k + 1]?.joined) {
    if (CORPORATE_ROLES.has((tokens[k] as Token).fold)) return names > 0;
    k--;
    names++;
  }
  const role = tokens[k];
  return names > 0 && role !== undefined && tokens[k + 1]?.joined === true && CORPORATE_ROLES.has(role.fold);
}
