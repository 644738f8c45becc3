import { zeroScores, type Scores } from './candidate';
import { isDemonym, isLexiconFirstName, isLexiconOrg, isLexiconPerson, isLexiconPlace, lexiconTags } from './lexicon';
import type { Token } from './tokens';
import { NAME_PARTICLES, NON_ENTITY_FOLLOWERS, PLACE_CUES, PLACE_PREFIXES, PLACE_PREPOSITIONS, SPEECH_VERBS } from './word-lists';

export interface PieceContext {
  /** Right after a title or role ("President", "Defence Minister"). */
  afterTitle: boolean;
  /** Names the post's country or body ("Prime Minister of Armenia"). */
  complement: boolean;
  /** Lowercase word before the piece, when the piece opens its run. */
  before: string | null;
  /** Directly after "the". */
  afterThe: boolean;
  /** Lowercase word after the piece, when the piece closes its run. */
  after: string | null;
}

// Surname endings common in news from the former Soviet Union, the Balkans, Turkey, Iran,
// Greece, Scandinavia... A weak hint only: it tips an otherwise unknown name towards person.
const SURNAME_ENDING = /(ov|ova|ev|eva|yan|yants|enko|chuk|uk|sky|ski|ska|vich|vić|ić|escu|oglu|oğlu|zadeh|poulos|akis|sson|shvili|dze|lı|li|ez|es|son|sen|stein|berg|ini|elli)$/u;
// Places and organisations written in capitals ("US", "UAE") rather than organisations.
const PLACE_ACRONYMS = new Set(['us', 'usa', 'uk', 'uae', 'drc', 'prc', 'ussr', 'gb']);

const isAcronym = (t: Token) => /^\p{Lu}{2,6}$/u.test(t.text);

/** Scores one piece of a run for each type, or null when it is no name at all. */
export function scorePiece(tokens: readonly Token[], ctx: PieceContext): Scores | null {
  if (tokens.length === 0 || tokens.every((t) => isDemonym(t.fold) || !/\p{L}/u.test(t.text))) return null;
  if (tokens.length === 1 && tokens[0] && /^\p{Lu}$/u.test(tokens[0].text)) return null;
  const s = zeroScores();
  const folds = tokens.map((t) => t.fold);
  const phrase = folds.join(' ');
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const unknown = (f: string) => lexiconTags(f).length === 0;

  if (tokens.length === 1 && isAcronym(first)) {
    if (PLACE_ACRONYMS.has(first.fold)) s.place += 3;
    else if (isLexiconPlace(first.fold)) s.place += 2;
    else s.organization += 2;
    return s;
  }
  if (isLexiconPlace(phrase)) s.place += 3;
  if (isLexiconOrg(phrase)) s.organization += 3;
  // A lone first name ("Jordan", "Chad") is more often a country in news than a person.
  if (isLexiconPerson(phrase)) s.person += tokens.length > 1 ? 3 : isLexiconFirstName(phrase) && !lexiconTags(phrase).includes('LastName') ? 0.5 : 1;
  const hyphenTail = last.fold.split(/[-‐‑]/).pop() ?? '';
  if (hyphenTail !== last.fold && isLexiconPlace(hyphenTail)) s.place += 1;

  if (tokens.length >= 2 && PLACE_CUES.has(last.fold)) s.place += 3;
  if (tokens.length >= 2 && PLACE_PREFIXES.has(first.fold)) {
    const rest = folds.slice(1).join(' ');
    if (isLexiconPlace(rest) || unknown(rest)) s.place += 2;
  }
  if (ctx.complement) {
    if (isLexiconPlace(phrase)) s.place += 2;
    else if (!isLexiconPerson(phrase)) s.organization += 1;
  } else if (ctx.afterTitle) s.person += 3;

  if (tokens.length >= 2 && s.place === 0 && s.organization === 0) {
    if (isLexiconFirstName(first.fold)) s.person += 3;
    else if (folds.slice(0, -1).every((f) => !isLexiconPlace(f))) s.person += 1;
    if (tokens.some((t, i) => i > 0 && (NAME_PARTICLES.has(t.fold.replace(/[-‐‑].*$/, '')) || /^(al|el|bin|ibn|abu)[-‐‑]/.test(t.fold)))) s.person += 2;
    if (isLexiconPerson(last.fold)) s.person += 1;
  }
  const surname = last.fold.split(/[-‐‑]/).pop() ?? last.fold;
  if (s.place === 0 && s.organization === 0 && SURNAME_ENDING.test(surname) && !isLexiconPlace(surname)) s.person += 1;
  if (ctx.before === 'of' && tokens.length === 1) s.place += 1;

  if (ctx.before && PLACE_PREPOSITIONS.has(ctx.before)) s.place += 2;
  if (ctx.afterThe && tokens.length === 1) {
    // "the Vatican said", "the Amazon": an institution or a place, not a person.
    s.person = 0;
    if (ctx.after && SPEECH_VERBS.has(ctx.after)) s.organization += 2;
    else if (s.place === 0 && s.organization === 0) s.place += 1;
  } else if (ctx.after && SPEECH_VERBS.has(ctx.after)) s.person += 1;
  // "the Pashinyan government", "the Biden administration": about the person, not a mention.
  if (ctx.after && NON_ENTITY_FOLLOWERS.has(ctx.after) && s.place < 3 && s.organization === 0) return null;
  return s;
}
