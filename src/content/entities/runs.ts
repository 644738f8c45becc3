import { isDemonym, isFunctionWord, isKnownPlace, isGivenName, isLexiconOrg, isLexiconPlace, lexiconTags, tagsOf } from './lexicon';
import { isOrgCue } from './org-cue';
import { isRole } from './roles';
import { gazetteerKind, isEnglishWord, isPersonNameWord, tokensKey } from './gazetteer';
import { inEnglishLetters, type Token } from './tokens';
import { HEADLINE_LABELS, LEGAL_FORMS, MONTH_ABBREVIATIONS, NAME_PARTICLES, NEVER_NAMES, NUMBERED_NAME_WORDS, ORG_CUES, ORG_KIND_FOLLOWERS, PLACE_CUES, STORM_WORDS } from './word-lists';

/** Lowercase words allowed inside a capitalised run, when a capital follows ("Bank of England"). */
const CONNECTORS = new Set([...NAME_PARTICLES, 'of', 'the', 'for', 'und']);
/**
 * Prepositions that may sit inside a name the text has just called an organisation ("the charity
 * Freedom from Torture"); elsewhere they separate names ("Kane from Tottenham").
 */
const KIND_CONNECTORS = new Set(['from', 'against', 'without', 'in', 'on']);
/** Fields of work that end a body's "of" phrase ("Institute of Meteorology and Water Management"). */
const FIELD_NOUNS = new Set(['management', 'development', 'research', 'protection', 'planning', 'relations', 'affairs', 'studies', 'sciences', 'technology', 'innovation', 'conservation', 'safety', 'welfare', 'training', 'education', 'investment', 'trade', 'industry', 'commerce', 'culture', 'tourism', 'environment', 'energy', 'health', 'justice', 'marketing']);
/** Bodies named for what they deliberate on ("Commission on Human Rights"). */
const TOPIC_BODIES = new Set(['commission', 'committee', 'council', 'conference', 'convention', 'panel', 'forum', 'institute', 'centre', 'center']);
const LOWERCASE_TAIL = /[-‐‑]\p{Ll}[\p{L}\p{M}]*$/u;

/** A maximal run of capitalised words with the index of the token before it, for context. */
export interface Run {
  tokens: Token[];
  /** Index in the block's tokens of the run's first token. */
  first: number;
}

function capitalised(t: Token, prev?: Token): boolean {
  // "Armenian-populated", "Russian-brokered": adjectives, not names. "Si-hyuk", "Ching-te": Korean and Chinese given names.
  return t.cap && !(LOWERCASE_TAIL.test(t.text) && !/[-‐‑]in[-‐‑]/.test(t.text) && !isKoreanGivenName(t, prev));
}

/** The commonest Korean and Chinese family names: after one, "Sun-woo" is a given name even if "sun" is a word. */
const KOREAN_SURNAMES = new Set('kim lee yi park choi jung jeong kang cho jo yoon yun jang lim han oh seo shin kwon hwang ahn an song yoo hong moon bang min yang baek nam noh ko son jun jeon chun chung chae ha heo hyun koo ku ryu yu woo won kwak'.split(' '));

/** "Jan Egeland", "Jun Young-hyun": a short month right before a capitalised name is a given name ("Jan 5" is a date). */
const monthAsGivenName = (t: Token, next: Token | undefined): boolean =>
  MONTH_ABBREVIATIONS.has(t.fold) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && next !== undefined && next.joined && next.cap && /^\p{Lu}\p{Ll}/u.test(next.text) && !NEVER_NAMES.has(next.fold);

/**
 * A word that folds to one of English's ("Tô" → "to", "Mỹ" → "my", "An", "Jan") but is part of a name:
 * written with letters English does not use, a Korean family name before a given name, or a short
 * month before a capitalised name.
 */
const nameDespiteFold = (t: Token, next: Token | undefined): boolean => !inEnglishLetters(t) || opensKoreanName(t, next) || monthAsGivenName(t, next);

/** "Se-young", "Sang-uk", "Ching-te": Korean and Chinese given names written with a hyphen. */
export const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}[-‐‑]\p{Ll}{1,5}$/u;

/** "An Se-young", "Oh Sang-uk": a Korean family name before a hyphenated given name. */
export const opensKoreanName = (t: Token, next: Token | undefined): boolean =>
  KOREAN_SURNAMES.has(t.fold) && next !== undefined && next.joined && HYPHENATED_GIVEN_NAME.test(next.text);

/** No English word, and unknown to compromise or known as a surname ("Estrosi", "Schmidt"). */
export function looksLikeSurname(t: Token): boolean {
  const tags = lexiconTags(t.fold);
  return !isEnglishWord(t.fold) && (tags.length === 0 || tags.includes('LastName')) && !isLexiconPlace(t.fold);
}


const COMPOUND_TAILS = new Set('based born led backed owned run style made bound wide linked funded held allied aligned era type class listed'.split(' '));

function isKoreanGivenName(t: Token, prev: Token | undefined): boolean {
  const m = /^(\p{Lu}\p{Ll}{1,4})[-‐‑](\p{Ll}{1,5})$/u.exec(t.text);
  // "Seoul-based", "Kremlin-backed": a place or body and a participle, not a name.
  if (m?.[1] === undefined || m[2] === undefined || COMPOUND_TAILS.has(m[2])) return false;
  return !isEnglishWord(m[1].toLowerCase()) || (prev !== undefined && t.joined && KOREAN_SURNAMES.has(prev.fold));
}

/**
 * A capital at the start of a sentence says nothing: drop opening words that are ordinary
 * words (compromise knows them as adverbs, verbs...) or that the article also writes in lowercase.
 */
function isOrdinaryOpener(t: Token, next: Token | undefined, lowercaseWords: ReadonlySet<string>): boolean {
  // An initial, or a post ("Chief Executive Yves Guillemot"): the role rules read those.
  if (t.initial || isRole(t.fold)) return false;
  if (nameDespiteFold(t, next)) return false;
  if (NEVER_NAMES.has(t.fold)) return true;
  if (!t.sentenceStart) return false;
  if (lexiconTags(t.fold).some((tag) => tag === 'Country' || tag === 'City' || tag === 'Region' || tag === 'Place' || tag === 'Organization')) return false;
  if (lowercaseWords.has(t.fold)) return true;
  // Names are rarely plural: "Critics said..." opens with a common noun. compromise guesses tags
  // for words it does not know ("Frans" plural, "Carsten" a verb): only a dictionary word is ordinary.
  // An accented word ("Désiré") is no English one, whatever its letters fold to.
  return (isFunctionWord(t.fold) || tagsOf(t.fold).has('Plural')) && (isEnglishWord(t.fold) || lexiconTags(t.fold).length > 0) && inEnglishLetters(t);
}

/**
 * An opening adjective still belongs to the name when what follows proves a name: a lowercase
 * particle ("Marine Le Pen"), an organisation's cue word ("Turkish Airlines", "National Rally"
 * is handled by roles) or a known place ("Real Madrid").
 */
function opensLongerName(piece: readonly Token[]): boolean {
  const [opener, next] = piece;
  if (!opener || !next || NEVER_NAMES.has(opener.fold) || !/^\p{Lu}/u.test(opener.text)) return false;
  // "Christian Estrosi": a given name before a surname that is no word, whatever else the given name is.
  if (next.cap && (isGivenName(opener.fold) || isPersonNameWord(opener.fold)) && looksLikeSurname(next)) return true;
  // "Princes Street", "Heroes Square": a plain word and a place word make the place's name.
  if (piece.length === 2 && next.cap && PLACE_CUES.has(next.fold)) return true;
  // "Pan Gongsheng": a family name that is also a word, before a given name that is none.
  if (next.cap && isPersonNameWord(opener.fold) && !isEnglishWord(next.fold) && lexiconTags(next.fold).length === 0 && !isOrgCue(next)) return true;
  const tags = tagsOf(opener.fold);
  if (!tags.has('Adjective') && !tags.has('Demonym') && !isDemonym(opener.fold)) return false;
  if (NAME_PARTICLES.has(next.fold)) return piece[2]?.cap === true && !NAME_PARTICLES.has(piece[2].fold);
  // "Turkish Red Crescent": a demonym before a listed organisation is part of its name.
  if (gazetteerKind(tokensKey(piece.slice(1))) === 'organization') return true;
  // "Australian Federal Police": a demonym before a body's name closed by its cue word within three words.
  if (isDemonym(opener.fold) && piece.slice(1, 4).every((t) => t.cap) && piece.slice(2, 4).some((t) => ORG_CUES.has(t.fold))) return true;
  return next.cap && (ORG_CUES.has(next.fold) || isLexiconPlace(next.fold) || isLexiconPlace(`${opener.fold} ${next.fold}`) || gazetteerKind(`${opener.fold} ${next.fold}`) !== null);
}

/**
 * "and" inside an organisation's name: in the field an institution's "of"/"for" opens
 * ("Commission for Museums and Monuments"), or between words the body's cue word closes
 * ("Food and Drug Administration"). Elsewhere "and" separates names ("Britain and France").
 */
function andJoinsName(run: readonly Token[], tokens: readonly Token[], at: number): boolean {
  const after = tokens[at + 1];
  if (!after || !after.joined || !capitalised(after)) return false;
  const rest: Token[] = [];
  for (let k = at + 1; k <= at + 3; k++) {
    const t = tokens[k];
    if (!t || !t.joined || !capitalised(t)) break;
    rest.push(t);
  }
  // "Institute of Meteorology and Water Management": a field ("Management") closes no second body.
  const closesBody = rest.some((t) => isOrgCue(t) && !FIELD_NOUNS.has(t.fold));
  const field = run.findIndex((t, n) => isOrgCue(t) && (run[n + 1]?.fold === 'of' || run[n + 1]?.fold === 'for'));
  // "Ministry of Defence and Foreign Office": a second cue word starts a second body.
  if (field >= 0) return run.length - field <= 7 && !closesBody;
  // "South Wales Fire and Rescue Service": only the word before "and" has to be a plain one.
  const before = run[run.length - 1];
  // "Avon and Somerset Police", "Brighton and Hove City Council": two places sharing one body.
  const sharedBody = run.length === 1 && before !== undefined && isKnownPlace(before.fold) && rest.length >= 2 && isKnownPlace(rest[0]?.fold ?? '') && isOrgCue(rest[rest.length - 1] as Token);
  if (sharedBody) return true;
  return closesBody && run.length <= 3 && before !== undefined && [before].every((t) => !isOrgCue(t) && !isLexiconPlace(t.fold) && !isGivenName(t.fold) && !isLexiconOrg(t.fold)) && run.every((t) => !isOrgCue(t));
}

export function findRuns(tokens: readonly Token[], lowercaseWords: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i];
    if (!start || !capitalised(start)) {
      i++;
      continue;
    }
    const run: Token[] = [start];
    let j = i + 1;
    const kindBefore = tokens[i - 1]?.fold === 'the' ? tokens[i - 2] : tokens[i - 1];
    const connectors = start.joined && kindBefore && !kindBefore.cap && ORG_KIND_FOLLOWERS.has(kindBefore.fold) ? new Set([...CONNECTORS, ...KIND_CONNECTORS]) : CONNECTORS;
    while (j < tokens.length) {
      const last = run[run.length - 1];
      const next = tokens[j];
      if (!last || !next || !next.joined || next.sentenceStart) break;
      // "Republican People's Party": a possessive inside an organisation's name.
      // "King's College Hospital", "St John's Wood", "Franklin's Gardens": a possessive inside a name
      // of a body or a place. After a country it is the owner's ("India's Ministry of External Affairs").
      const saint = ['st', 'saint'].includes(run[run.length - 2]?.fold ?? '');
      // Only a plain word owns inside a name ("Workers'", "King's"); a person owns from outside ("Geert Wilders' Party").
      const inside = saint || (isEnglishWord(last.fold) && !isKnownPlace(last.fold));
      if (last.possessive && !(next.cap && inside && (ORG_CUES.has(next.fold) || PLACE_CUES.has(next.fold) || saint))) break;
      // "Rio Tinto plc": a company's legal form, written in lowercase, closes its name.
      if (!next.cap && LEGAL_FORMS.has(next.text)) {
        run.push(next);
        j++;
        break;
      }
      // "Interstate 35", "District 837".
      if (/^\d+$/.test(next.text) && NUMBERED_NAME_WORDS.has(last.fold)) {
        run.push(next);
        j++;
        continue;
      }
      if (capitalised(next, last)) {
        run.push(next);
        j++;
        continue;
      }
      if (next.fold === 'and' && andJoinsName(run, tokens, j)) {
        run.push(next);
        j++;
        continue;
      }
      // Lowercase connectors join only when a capitalised word follows them directly.
      let k = j;
      while (k < tokens.length && tokens[k]?.joined && connectors.has(tokens[k]?.fold ?? '') && !tokens[k]?.cap) k++;
      // "Inter-American Commission on Human Rights", "Council on Foreign Relations" (not "the Council on Monday").
      if (k === j && next.fold === 'on' && TOPIC_BODIES.has(last.fold)) {
        k = j + 1;
        while (k < tokens.length && tokens[k]?.joined && tokens[k]?.fold === 'the' && !tokens[k]?.cap) k++;
        if (tagsOf(tokens[k]?.fold ?? '').has('Date')) k = j;
      }
      const after = tokens[k];
      if (k === j || !after || !after.joined || !capitalised(after)) break;
      for (let m = j; m <= k; m++) {
        const t = tokens[m];
        if (t) run.push(t);
      }
      j = k + 1;
    }
    // Words that are never names split the run ("Monday Putin", "The Kremlin").
    let piece: Token[] = [];
    let pieceFirst = i;
    const flush = () => {
      // "Hurricane Melissa": storms are named like people; the storm is an event.
      if (piece.length >= 2 && STORM_WORDS.has(piece[0]?.fold ?? '')) piece = [];
      while (piece[0] && (CONNECTORS.has(piece[0].fold) && !piece[0].cap || (isOrdinaryOpener(piece[0], piece[1], lowercaseWords) && !opensLongerName(piece)))) {
        piece.shift();
        pieceFirst++;
      }
      // "DA", "DE": capitals are an acronym, not a particle left over.
      while (piece.length > 0 && CONNECTORS.has(piece[piece.length - 1]?.fold ?? '') && !/^\p{Lu}{2,}$/u.test(piece[piece.length - 1]?.text ?? '')) piece.pop();
      if (piece.length > 0) runs.push({ tokens: piece, first: pieceFirst });
    };
    run.forEach((t, n) => {
      if (NEVER_NAMES.has(t.fold) && !nameDespiteFold(t, run[n + 1]) && !HEADLINE_LABELS.has(t.fold) && t.cap && !t.initial && n > 0) {
        flush();
        piece = [];
        pieceFirst = i + n + 1;
      } else piece.push(t);
    });
    flush();
    i = j;
  }
  return runs;
}
