import type { NameCandidate } from './candidate';
import { scorePiece, type PieceContext } from './score-piece';
import { isDemonym, isKnownPlace, isGivenName, isLexiconOrg, isLexiconPerson, isLexiconPlace, lexiconTags, tagsOf } from './lexicon';
import { isRole, isRoleModifier, isTitleNoun } from './roles';
import type { Token } from './tokens';
import type { Cue } from './context-cues';
import { COMPANY_ENDINGS, EVENT_CUES, INSTITUTION_OPENERS, JURISDICTION_TITLES, NAME_PARTICLES, ORG_CUES, FACILITY_CUES, MADE_THINGS, PLACE_CUES, POST_NOMINALS, STANDALONE_ORGS } from './word-lists';
import { isOrgCue, singular } from './org-cue';
import { looksLikeSurname, opensKoreanName } from './runs';
import { gazetteerKind, isEnglishWord, isPersonNameWord, tokensKey } from './gazetteer';
import { foldText } from '../../shared/text-fold';


export interface RunContext {
  block: number;
  /** The block's text. */
  text: string;
  /** The lowercase word before the run (and before an article), if any: "in", "to"... */
  before: string | null;
  /** Written "the X": people do not take an article. */
  afterThe: boolean;
  /** The lowercase word right after the run: "said", "government"... */
  after: string | null;
  /** What the words before the run say it is ("shares in", "drew with"). */
  leftCue: Cue;
  /** What the words after the run say it is ("chief executive", ", the retailer"). */
  rightCue: Cue;
}

export interface RunResult {
  names: NameCandidate[];
  /** Capitalised events ("Second Karabakh War"): topics, not names. */
  events: Token[][];
}

/** Splits one capitalised run into organisations, roles, places and people. */
export function segmentRun(run: readonly Token[], ctx: RunContext): RunResult {
  const out: RunResult = { names: [], events: [] };
  const last = run[run.length - 1];
  // "Tour de France", "Cup of Nations": an event word opening a name with a particle or "of".
  const eventOpener = run.length >= 3 && EVENT_CUES.has(run[0]?.fold ?? '') && (NAME_PARTICLES.has(run[1]?.fold ?? '') || run[1]?.fold === 'of');
  if ((run.length >= 2 && last && EVENT_CUES.has(last.fold)) || eventOpener) {
    out.events.push([...run]);
    return out;
  }
  // "Senate Democrats", "Parliament members": members of an institution, named by the institution.
  const members = run.length === 2 && last && run[0] && (STANDALONE_ORGS.has(run[0].fold) || ORG_CUES.has(run[0].fold)) && tagsOf(last.fold).has('Plural') && !isOrgCue(last);
  if (members) out.names.push(candidate(run.slice(0, 1), ctx, { person: 0, place: 0, organization: 4 }));
  else splitOrganisations(run, ctx, out, true);
  return out;
}

/** A plain word that can follow "National" or a demonym in an institution's name ("Rally", "Dream"), not a name or a post. */
function isPlainNameWord(t: Token | undefined): boolean {
  if (!t || !t.cap || isRole(t.fold) || isGivenName(t.fold) || isLexiconPerson(t.fold) || isLexiconPlace(t.fold) || isDemonym(t.fold)) return false;
  // Only words compromise knows as ordinary words: an unknown word after a demonym is usually a surname.
  return lexiconTags(t.fold).length > 0;
}

function orgSpan(run: readonly Token[]): [number, number] | null {
  // "Miami International Airport": a name closed by a place word names a place, whatever is inside it.
  const closing = run[run.length - 1];
  if (run.length >= 2 && closing && FACILITY_CUES.has(closing.fold)) return null;
  // "James Webb Space Telescope": a made thing, whatever words it borrows.
  if (run.length >= 2 && closing && MADE_THINGS.has(closing.fold)) return null;
  for (let c = 0; c < run.length; c++) {
    const t = run[c];
    if (!t) continue;
    // "National Rally", "Georgian Dream": an opener and one plain word ending the run name a body.
    // ("Chief Executive Christian Sewing": after a post, a demonym is a given name.)
    if ((INSTITUTION_OPENERS.has(t.fold) || isDemonym(t.fold)) && c + 2 === run.length && isPlainNameWord(run[c + 1]) && !(c > 0 && isRole(run[c - 1]?.fold ?? ''))) {
      // "U.S. Supreme Court", "Texas Supreme Court": the country or state the body belongs to.
      let from = c;
      // "Australian Federal Police": or the nation's demonym.
      while (from > 0 && (run[from - 1]?.initial || isLexiconPlace(run[from - 1]?.fold ?? '') || isDemonym(run[from - 1]?.fold ?? '') || (run[from - 1]?.joined && run[from - 2]?.initial))) from--;
      return [from, c + 1];
    }
    // "Energy Minister": compromise's cue word before a post is a portfolio, not a body.
    if (!ORG_CUES.has(t.fold) && !ORG_CUES.has(singular(t.fold)) && isTitleNoun(run[c + 1]?.fold ?? '')) continue;
    // "Congress", "Parliament", "the Senate": an institution's cue word alone, capitalised where capitals mean something.
    const standalone = STANDALONE_ORGS.has(t.fold) || (run.length === 1 && (isLexiconOrg(t.fold) || (!t.sentenceStart && ORG_CUES.has(t.fold))));
    const ofFollows = (run[c + 1]?.fold === 'of' || run[c + 1]?.fold === 'for') && run[c + 2] !== undefined;
    if (!standalone && !(isOrgCue(t) && (c > 0 || ofFollows))) continue;
    // "Adam Silver", "Danielle Steel": a company's closing word that is also a surname, after a given name.
    if (c >= 1 && COMPANY_ENDINGS.has(t.fold) && isPersonNameWord(t.fold) && isGivenName(run[c - 1]?.fold ?? '')) continue;
    let from = c;
    while (from > 0) {
      const prev = run[from - 1];
      // "Friends of Mill Road Library": a capitalised word and "of"/"for" before the body open its name.
      // "Independent Electoral and Boundaries Commission", "Avon and Somerset Police": the runs
      // finder kept "and" only inside such a name, so any word before it that is no person's is the body's too.
      // (Not "Professor John Hardy of University College", "Todd Boehly and Clearlake Capital": a surname does not open a body's name.)
      const opener = run[from - 2];
      const opensAnd = prev?.fold === 'and' && opener?.cap === true && !isGivenName(opener.fold) && !isLexiconPerson(opener.fold) && !isRole(opener.fold);
      if (prev && (prev.fold === 'of' || prev.fold === 'for' || prev.fold === 'and') && from >= 2 && (opensOfName(opener) || opensAnd) && !isGivenName(run[from - 3]?.fold ?? '')) {
        from -= 2;
        continue;
      }
      // "King's College Hospital", "General Administration of Customs": a title word owning the
      // body, or right before its cue word, is part of the name.
      if (!prev || !prev.cap || (isTitleNoun(prev.fold) && !prev.possessive && !(prev.fold === 'general' && from === c))) break;
      // "Geert Wilders' Party for Freedom": a person owns the body from outside its name ("Workers' Party" is inside).
      if (prev.possessive && !isEnglishWord(prev.fold) && from === c) break;
      from--;
    }
    let to = c;
    while (run[to + 1] && isOrgCue(run[to + 1] as Token)) to++;
    // compromise's cue words also open names ("Capital Economics"): take up to two more words.
    for (let extra = 0; extra < 2 && canExtendOrg(run[to + 1]); extra++) to++;
    // "Parliamentary Assembly of the Council of Europe", "Ministry of Foreign Affairs of Tajikistan":
    // an official name may chain its "of"s.
    // "Commission on Human Rights": the runs finder kept "on" only after such a body.
    const linked = (w: string | undefined) => w === 'of' || w === 'for' || w === 'on';
    for (let link = 0; link < 3 && linked(run[to + 1]?.fold) && run[to + 2] !== undefined; link++) {
      const before = to;
      let k = to + 2;
      if (run[k]?.fold === 'the') k++;
      // "Central Bank of Sri Lanka": a place of several words is taken whole.
      const placeWords = [3, 2].find((n) => run.slice(k, k + n).length === n && run.slice(k, k + n).every((x) => x.cap) && isKnownPlace(run.slice(k, k + n).map((x) => x.fold).join(' ')));
      if (placeWords) {
        to = k + placeWords - 1;
        k = to + 1;
      }
      let taken = 0;
      // ("Free Democratic Party of Christian Lindner": a name and a surname after "of" are its leader's.)
      const personAt = (t: Token | undefined, u: Token | undefined) => t !== undefined && u !== undefined && u.cap && isPersonNameWord(t.fold) && looksLikeSurname(u);
      while (run[k]?.cap && taken < 3 && !isTitleNoun(run[k]?.fold ?? '') && !isGivenName(run[k]?.fold ?? '') && !personAt(run[k], run[k + 1])) {
        to = k;
        k++;
        taken++;
        // "for Museums and Monuments": the runs finder kept "and" only inside such a name.
        if (run[k]?.fold === 'and' && run[k + 1]?.cap) k++;
      }
      if (to === before) break;
    }
    return [from, to];
  }
  return null;
}

/** A plain word that may open "X of <body>": not a post, a person's name or a place ("Mayor of", "Paris of"). */
function opensOfName(t: Token | undefined): boolean {
  return t !== undefined && t.cap && !isRole(t.fold) && !isGivenName(t.fold) && !isLexiconPerson(t.fold) && !isLexiconPlace(t.fold) && !isDemonym(t.fold) && lexiconTags(t.fold).length > 0;
}

function canExtendOrg(t: Token | undefined): boolean {
  return t !== undefined && t.cap && !isRole(t.fold) && !isGivenName(t.fold) && !isLexiconPlace(t.fold) && !isDemonym(t.fold);
}

function splitOrganisations(run: readonly Token[], ctx: RunContext, out: RunResult, first: boolean): void {
  const span = orgSpan(run);
  if (!span) {
    splitRoles(run, ctx, out, first);
    return;
  }
  const [from, to] = span;
  if (from > 0) splitRoles(run.slice(0, from), { ...ctx, after: null, rightCue: null }, out, first);
  const org = run.slice(from, to + 1);
  out.names.push(candidate(org, ctx, { person: 0, place: 0, organization: 4 }));
  if (to + 1 < run.length) splitOrganisations(run.slice(to + 1), { ...ctx, before: null, leftCue: null }, out, false);
}

/** Role words separate pieces; the piece right after a title is a person ("President Putin"). */
function splitRoles(run: readonly Token[], ctx: RunContext, out: RunResult, first: boolean): void {
  let piece: Token[] = [];
  let afterTitle = false;
  let complement = false;
  let sawTitle = false;
  let beforePost = false;
  let lastPost: string | null = null;
  let seat = false;
  const flush = (isLast: boolean) => {
    // "Christian Lindner" after a post or set off after one: there a demonym is a given name.
    const personal = piece.length >= 2 && (afterTitle || (first && piece[0] === run[0] && ctx.leftCue === 'person'));
    // "Christian Estrosi": a demonym that is also a given name, before a surname that is no word.
    const givenName = (k: number) => {
      const [name, surname] = [piece[k], piece[k + 1]];
      return name !== undefined && surname !== undefined && (isGivenName(name.fold) || isPersonNameWord(name.fold)) && looksLikeSurname(surname);
    };
    // "Turkish Red Crescent": a demonym before a listed organisation is part of its name.
    const listedBody = () => gazetteerKind(tokensKey(piece.slice(1))) === 'organization';
    while (!personal && piece[0] && isDemonym(piece[0].fold) && !givenName(0) && !listedBody()) piece.shift();
    // "Philippa Heywood KC": honours and offices written after a name.
    const tail = piece[piece.length - 1];
    if (piece.length >= 3 && tail && POST_NOMINALS.has(tail.fold) && /^\p{Lu}+$/u.test(tail.text)) piece.pop();
    if (piece.length === 0) return;
    if (complement && (piece.length >= 3 || (piece.length === 2 && isLexiconPlace(piece[0]?.fold ?? '')))) {
      // "Prime Minister of Armenia Nikol Pashinyan": the post's country, then the holder.
      const size = complementSize(piece);
      if (size < piece.length) {
        emit(piece.slice(0, size), false, true, false);
        piece = piece.slice(size);
        complement = false;
      }
    }
    emit(piece, afterTitle && !complement, complement, isLast);
    piece = [];
  };
  const emit = (tokens: Token[], titled: boolean, isComplement: boolean, isLast: boolean) => {
    const context: PieceContext = {
      afterTitle: titled,
      before: first && !sawTitle && tokens[0] === run[0] ? ctx.before : null,
      leftCue: first && !sawTitle && tokens[0] === run[0] ? ctx.leftCue : null,
      afterThe: first && !sawTitle && tokens[0] === run[0] && ctx.afterThe,
      after: isLast ? ctx.after : null,
      rightCue: isLast && !(isComplement && seat) ? ctx.rightCue : beforePost || (isComplement && seat) ? 'place' : null,
      complement: isComplement,
    };
    // "(ETH)", "(KEN)" after an athlete: country codes in results tables. "(CDU)" after a party is its short form.
    const only = tokens.length === 1 ? tokens[0] : undefined;
    if (only && isCountryCode(only, ctx.text)) return;
    const scores = scorePiece(tokens, context);
    if (scores) out.names.push(candidate(tokens, ctx, scores));
  };
  run.forEach((t, n) => {
    const occupation = n === 0 && isOccupation(t, run[n + 1], run[n + 2]);
    // "Culture Minister Rachida Dati": a plain word before a post is its portfolio.
    const portfolio = isTitleNoun(run[n + 1]?.fold ?? '') && isEnglishWord(t.fold) && !isLexiconPlace(t.fold) && !isLexiconPerson(t.fold) && !isOrgCue(t);
    // "National Park", "Free Trade Zone": a post's modifier before a plain word is no post ("National Security Adviser" is).
    const next = run[n + 1];
    // "Amit Shah", "Shaheen Shah Afridi": titles that are also names are titles only in front.
    // ("President Sheikh Mohamed bin Zayed": right after another post it is a title again.)
    const nameTitle = n > 0 && NAME_LIKE_TITLES.has(t.fold) && piece.length > 0;
    // "Chief Executive Rich Kruger": after a title the modifier is the post's, whatever follows.
    // "Republican Winsome Earle-Sears": a party label before a name is the label, whatever the name's words.
    const modifierAlone = isRoleModifier(t.fold) && !isTitleNoun(t.fold) && !PARTY_LABELS.has(t.fold) && next !== undefined && next.cap && !isRole(next.fold) && isEnglishWord(next.fold) && !isGivenName(next.fold) && !(n > 0 && isTitleNoun(run[n - 1]?.fold ?? ''));
    // "ridden by Junior Alvarado": "Junior" and "Senior" qualify a post ("Junior Minister"), not a surname.
    const rankAlone = (t.fold === 'junior' || t.fold === 'senior') && next !== undefined && next.cap && !isRole(next.fold);
    // "Júnior Santos": a post is the word as written, not what it folds to ("Tánaiste" is listed so).
    // "Transport Minister Chris Bishop": a post that is also a surname, closing the run after a name, is the surname.
    // ("Martin Luther King Jr.": the same before a generational suffix.)
    const closesName = run.slice(n + 1).every((u) => u.fold === 'jr' || u.fold === 'sr' || /^(?:II|III|IV)$/.test(u.text));
    const surnamePost = closesName && piece.length > 0 && isPersonNameWord(t.fold) && !isRoleModifier(t.fold);
    if (occupation || portfolio || (isRole(t.fold) && isRole(t.text.toLowerCase()) && !modifierAlone && !rankAlone && !surnamePost && !nameTitle && !(piece.length > 0 && !isRoleModifier(t.fold) && n === run.length - 1 && !afterTitle))) {
      // "Florence Mayor Sara Funaro": the word before a post tied to a place is that place.
      beforePost = JURISDICTION_TITLES.has(t.fold) && !afterTitle;
      lastPost = t.fold;
      flush(false);
      beforePost = false;
      afterTitle = occupation || isTitleNoun(t.fold) || afterTitle;
      sawTitle = true;
      complement = false;
    } else if (t.fold === 'of' || t.fold === 'the' || t.fold === 'for' || (t.fold === 'and' && !t.cap)) {
      if (piece.length > 0) flush(false);
      // "Prime Minister of Armenia", "the MP for Hexham": the post's country or seat, not its holder.
      complement = complement || ((t.fold === 'of' || t.fold === 'for') && afterTitle);
      seat = seat || (t.fold === 'for' && lastPost !== null && JURISDICTION_TITLES.has(lastPost));
    } else piece.push(t);
  });
  flush(true);
}

/**
 * "Firefighter Lincoln Hayes", "Forecaster Dean Narramore": a job (compromise tags it an actor
 * noun) written like a title before a name. A first name that is also such a word stays a name.
 */
function isOccupation(t: Token, next: Token | undefined, after: Token | undefined): boolean {
  if (!next?.cap || NAME_PARTICLES.has(next.fold) || isGivenName(t.fold) || isLexiconPlace(t.fold) || isLexiconOrg(t.fold) || opensKoreanName(t, next)) return false;
  // "Princes Street", "Farmers Union": what follows is a place's or a body's word, not a name.
  if (PLACE_CUES.has(next.fold) || isOrgCue(next)) return false;
  // "Glaciologist Matthias Huss", "Paediatrician Jane Roe": a trade opening a sentence before a name.
  if (t.sentenceStart && /.{3}(?:ologist|ician|iatrist)$/.test(t.fold) && !isPersonNameWord(t.fold)) return true;
  // "Trustee Kevin O'Connell", "Drummer Matt Helders": any plain word opening a sentence before a given name.
  if (t.sentenceStart && isEnglishWord(t.fold) && !isPersonNameWord(t.fold) && !isOrgCue(t) && (isGivenName(next.fold) || (isPersonNameWord(next.fold) && isPersonNameWord(after?.fold ?? '')))) return true;
  // Only a dictionary word: compromise also guesses "Actor" for unknown names ending "-ist" ("Tigist").
  return tagsOf(t.fold).has('Actor') && !tagsOf(t.fold).has('ProperNoun') && isEnglishWord(t.fold);
}

/**
 * A three-letter code in brackets is a country's in a results table ("2. Sheila Chepkirui (KEN)
 * 2:17:49") or after someone's name; after an organisation's name it is that body's short form.
 */
export function isCountryCode(t: Token, text: string): boolean {
  if (!/^\p{Lu}{3}$/u.test(t.text) || text[t.start - 1] !== '(' || text[t.end] !== ')') return false;
  if (/^\)\s*\d/.test(text.slice(t.end))) return true;
  const before = text.slice(0, t.start - 1).trimEnd();
  if (/(?:^|\s)\d{1,3}[.)]\s+[^()\d]*$/.test(before)) return true;
  const words = before.split(/\s+/).slice(-3).map((w) => foldText(w.replace(/[^\p{L}\p{M}'’-]/gu, '')));
  const [w1, w2] = words.slice(-2);
  // "Tigist Assefa (ETH)": a given name two words back makes the name a person's.
  return (w1 !== undefined && isGivenName(w1)) || (w2 !== undefined && words.length >= 2 && isPersonNameWord(w1 ?? '') && isPersonNameWord(w2));
}

/** How many words of "Armenia Nikol Pashinyan" (after "President of") name the country. */
function complementSize(piece: readonly Token[]): number {
  for (let k = Math.min(3, piece.length - 1); k >= 1; k--) {
    const phrase = piece.slice(0, k).map((t) => t.fold).join(' ');
    if (isLexiconPlace(phrase) || isLexiconOrg(phrase)) return k;
  }
  return 1;
}

const PARTY_LABELS = new Set(['democrat', 'republican']);
const NAME_LIKE_TITLES = new Set(['shah', 'sheikh', 'sultan', 'emir', 'khan', 'pasha', 'bey']);

const ABBREVIATED_ENDINGS = new Set(['jr', 'sr', 'co', 'cos', 'inc', 'ltd', 'corp', 'bros']);

function candidate(tokens: readonly Token[], ctx: RunContext, scores: NameCandidate['scores']): NameCandidate {
  let list = tokens;
  while (list.length > 1 && list[0]?.fold === 'the') list = list.slice(1);
  // "Nomura and": a connector the run kept for a longer name that did not come.
  while (list.length > 1 && !list[list.length - 1]?.cap && /^(and|of|for|the|y|und)$/.test(list[list.length - 1]?.fold ?? '')) list = list.slice(0, -1);
  const first = list[0] as Token;
  const last = list[list.length - 1] as Token;
  // "Ferdinand Marcos Jr. said", "Taiwan Semiconductor Manufacturing Co., the chipmaker": the dot is
  // the name's. At the end of a sentence it is the sentence's.
  const dotted = ctx.text[last.end] === '.' && /^(?:[,;:)]|\s+\p{Ll})/u.test(ctx.text.slice(last.end + 1));
  const end = list.length > 1 && ABBREVIATED_ENDINGS.has(last.fold) && dotted ? last.end + 1 : last.end;
  const text = ctx.text.slice(first.start, end).replace(/\s+/g, ' ');
  return { block: ctx.block, start: first.start, end, text, scores };
}
