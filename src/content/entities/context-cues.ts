import type { NameType } from './candidate';
import { tagsOf } from './lexicon';
import { isRole, isRoleModifier, isTitleNoun } from './roles';
import type { Token } from './tokens';

const DRAW_WORDS = new Set(['drew', 'draw', 'drawn']);
const ANALYSTS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);
import {
  APPOSITIVE_PLACE_KINDS,
  CARDINALS,
  CORPORATE_PASSIVES,
  CORPORATE_ROLES,
  MARKET_MOVES,
  JURISDICTION_TITLES,
  MADE_THINGS,
  MOTION_VERBS,
  ORG_KIND_FOLLOWERS,
  ORG_POSSESSIONS,
  RESULT_VERBS,
  PLACE_EVENTS,
  PLACE_FOLLOWERS,
  SPORT_WORDS,
  TEAM_FOLLOWERS,
  TEAM_RESULT_NOUNS,
} from './word-lists';

/**
 * What the lowercase words around a name say about its type, when the name itself says
 * nothing ("shares in Commerzbank", "UniCredit chief executive", "Ajax, the Amsterdam club").
 * `team` is an organisation the text treats as a side in a match ("India won", "drew with Valencia").
 */
export type Cue = NameType | 'team' | 'thing' | null;

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
  const [w1, w2, w3] = wordsBefore(tokens, first, 3);
  if (!w1) return null;
  // "six Benin Bronzes", "two Nobel Prizes": a counted name is a kind of thing, not one entity.
  if (CARDINALS.has(w1)) return 'thing';
  // "villages such as Corbridge", "lenders including Barclays": the kind named before the example.
  const kind = (w1 === 'as' && w2 === 'such') ? w3 : w1 === 'including' || w1 === 'like' ? w2 : undefined;
  if (kind !== undefined) {
    const one = kind.replace(/(?<=[^s])s$/, '');
    if (APPOSITIVE_PLACE_KINDS.has(one) || one === 'place' || one === 'countrie' || one === 'citie') return 'place';
    if (ORG_KIND_FOLLOWERS.has(one) || one === 'companie') return 'organization';
  }
  // "drew with Valencia" is said only of sides in a match.
  if ((w1 === 'with' && w2 !== undefined && DRAW_WORDS.has(w2)) || (sporty && (w1 === 'against' || ((w1 === 'with' || w1 === 'to' || w1 === 'over' || w1 === 'by') && w2 !== undefined && TEAM_RESULT_NOUNS.has(w2))))) return 'team';
  if ((w1 === 'in' || w1 === 'of') && (w2 === 'shares' || w2 === 'stake' || w2 === 'stakes')) return 'organization';
  if (w1 === 'by' && w2 !== undefined && CORPORATE_PASSIVES.has(w2)) return 'organization';
  if ((w1 === 'at' || w1 === 'of') && w2 !== undefined && CORPORATE_ROLES.has(w2)) return 'organization';
  if (ORG_KIND_FOLLOWERS.has(w1)) return 'organization';
  // "senior advocate Harish Salve", "hired coach Ange Postecoglou": a post in lowercase names its holder.
  if (isTitleNoun(w1) || (isRole(w1) && w2 !== undefined && isRole(w2))) return 'person';
  // "its rival Foundem", "its parent Alphabet": what "its" relates a name to is a body, unless a place ("its capital").
  if (w2 === 'its' && !isRole(w1) && !tagsOf(w1).has('Actor') && !APPOSITIVE_PLACE_KINDS.has(w1) && (tagsOf(w1).has('Noun') || tagsOf(w1).has('Adjective'))) return 'organization';
  if (w1 === 'at' && employedBefore(tokens, first - 1)) return 'organization';
  if (MOTION_VERBS.has(w1)) return 'place';
  return null;
}

export function rightCue(tokens: readonly Token[], last: number, text: string, sporty: boolean): Cue {
  const end = tokens[last] as Token;
  const [a1, a2, a3] = wordsAfter(tokens, last, 3);
  if (end.possessive) {
    // "India's bowlers", "India's new captain": in a match report, a side's players.
    if (sporty && a1 !== undefined && (TEAM_FOLLOWERS.has(a1) || (a2 !== undefined && tagsOf(a1).has('Adjective') && TEAM_FOLLOWERS.has(a2)))) return 'team';
    if (a1 === 'chief' && a2 !== undefined && CORPORATE_ROLES.has(a2)) return 'organization';
    return a1 !== undefined && ORG_POSSESSIONS.has(a1) ? 'organization' : null;
  }
  if (a1 !== undefined) {
    if (sporty && RESULT_VERBS.has(a1)) return 'team';
    if (a1 === 'chief' && a2 !== undefined && CORPORATE_ROLES.has(a2)) return 'organization';
    // "Ampere Analysis analyst Richard Cooper": a firm's analysts are named after it.
    if (ANALYSTS.has(a1)) return 'organization';
    if ((a1 === 'shares' || a1 === 'stock') && a2 !== undefined && MARKET_MOVES.has(a2)) return 'organization';
    if (ORG_KIND_FOLLOWERS.has(a1)) return 'organization';
    // "the Euclid space telescope": the name labels a made thing.
    if (labelsMadeThing([a1, a2, a3])) return 'thing';
    // "Istanbul mayor", "the Hexham area", "the Henley regatta": what only a place has.
    if (JURISDICTION_TITLES.has(a1) || PLACE_FOLLOWERS.has(a1) || PLACE_EVENTS.has(a1)) return 'place';
    return null;
  }
  return appositiveCue(tokens, last, text);
}

const CLAUSE_TAGS = ['Verb', 'Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Copula'];
/**
 * "the Euclid space telescope": a made thing named right after the name, or after the nouns that
 * qualify it. "Sean Duffy said the mission": after a verb, the thing is the sentence's, not the name's.
 */
function labelsMadeThing(after: readonly (string | undefined)[]): boolean {
  for (const a of after) {
    if (a === undefined) return false;
    if (MADE_THINGS.has(a)) return true;
    const tags = tagsOf(a);
    // "the Horizon accounting software": a gerund there is a noun.
    if (!tags.has('Gerund') && CLAUSE_TAGS.some((t) => tags.has(t))) return false;
  }
  return false;
}

/**
 * "Ajax, the Amsterdam club, ...", "Paiporta, a town near Valencia": the apposition says what the
 * name is. Only its head noun counts, the last noun before the phrase ends: "Özgür Özel, the party
 * leader" is a leader, whatever kind of body "party" is.
 */
function appositiveCue(tokens: readonly Token[], last: number, text: string): Cue {
  const next = tokens[last + 1];
  if (!next || !/^,\s*$/.test(text.slice((tokens[last] as Token).end, next.start))) return null;
  // "Takashi Ōhara, 46, had used...": an age set off by commas is a person's.
  // (Not "bail of R200,000": an age follows a space, and a name has no digits.)
  const ageGap = /^,\s+$/.test(text.slice((tokens[last] as Token).end, next.start));
  if (ageGap && /^[1-9]\d{0,2}$/.test(next.text) && Number(next.text) <= 110 && !/\d/.test((tokens[last] as Token).text) && /^\s*(?:,|\.|$)/.test(text.slice(next.end))) return 'person';
  // "Ma Yongsheng, Sinopec's chairman": a body's post, held by the name before it.
  const owned = tokens[last + 2];
  if (next.cap && next.possessive && owned !== undefined && !owned.cap && isRole(owned.fold) && !isRoleModifier(owned.fold)) return 'person';
  if (next.fold !== 'the' && next.fold !== 'a' && next.fold !== 'an') {
    // "Abba Isa Tijani, director general of ...", "X, former minister": a bare post is held by a person.
    let k = last + 1;
    while (tokens[k] && !tokens[k]?.cap && isRoleModifier(tokens[k]?.fold ?? '')) k++;
    const post = tokens[k];
    if (!post || post.cap || (k !== last + 1 && !post.joined) || !isRole(post.fold) || isRoleModifier(post.fold)) return null;
    while (tokens[k + 1]?.joined && !tokens[k + 1]?.cap && isRole(tokens[k + 1]?.fold ?? '')) k++;
    // "Airbus, chairman Ahmet Bolat said": there the post belongs to the name that follows it.
    const after = tokens[k + 1];
    return after && after.joined && after.cap ? null : 'person';
  }
  let head: Token | null = null;
  for (let k = last + 2; k < Math.min(tokens.length, last + 7); k++) {
    const t = tokens[k] as Token;
    if (!t.joined) break;
    if (t.possessive || t.cap) {
      if (head) break;
      continue;
    }
    if (ORG_KIND_FOLLOWERS.has(t.fold) || APPOSITIVE_PLACE_KINDS.has(t.fold) || isRole(t.fold)) head = t;
    else if (isNounWord(t.fold)) head = t;
    // Only adjectives may stand between the article and the nouns that say what the name is.
    else if (head || !tagsOf(t.fold).has('Adjective')) break;
  }
  if (!head) return null;
  if (ORG_KIND_FOLLOWERS.has(head.fold)) return 'organization';
  if (APPOSITIVE_PLACE_KINDS.has(head.fold)) return 'place';
  // "Germany, the largest economy": "economy" names a portfolio ("Economy Minister"), not a post.
  // "In Lviv, the regional governor, Maksym Kozytskyi", "In Nice, the mayor Christian Estrosi":
  // the post belongs to the name after it.
  if ((isRole(head.fold) && !isRoleModifier(head.fold)) || tagsOf(head.fold).has('Actor')) return /^,?\s*\p{Lu}/u.test(text.slice(head.end)) ? null : 'person';
  return null;
}

const isNounWord = (fold: string) => {
  const tags = tagsOf(fold);
  return tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Adjective');
};

/**
 * "his finance minister, Christian Lindner,", "Her lawyer, Abbe Lowell, said": a name set off by
 * commas right after a post is its holder.
 */
export function roleBeforeComma(tokens: readonly Token[], first: number, last: number, text: string): boolean {
  const prev = tokens[first - 1];
  const start = tokens[first];
  const end = tokens[last];
  if (!prev || !start || !end || prev.cap || !isRole(prev.fold) || isRoleModifier(prev.fold)) return false;
  return /^,\s*$/.test(text.slice(prev.end, start.start)) && /^\s*(?:[,.;)]|$)/.test(text.slice(end.end, end.end + 2));
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
