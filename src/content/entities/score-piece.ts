import { zeroScores, type Scores } from './candidate';
import { foldText } from '../../shared/text-fold';
import { isDemonym, isKnownPlace, isGivenName, isLexiconOrg, isLexiconPerson, isLexiconPlace, lexiconTags, tagsOf } from './lexicon';
import type { Cue } from './context-cues';
import { gazetteerKind, isCuratedWord, isEnglishWord, isPersonNameWord, tokensKey, wordKeys } from './gazetteer';
import { inEnglishLetters, type Token } from './tokens';
import { HYPHENATED_GIVEN_NAME, looksLikeSurname } from './runs';
import { singular } from './org-cue';
import { CELESTIAL_BODIES, EVENT_CUES, LEGAL_FORMS, FOREIGN_ORG_HEADS, FOREIGN_PLACE_HEADS, NAME_PARTICLES, NON_ENTITY_ACRONYMS, NON_ENTITY_FOLLOWERS, PLACE_CUES, PLACE_PREFIXES, PLACE_PREPOSITIONS, SPEECH_VERBS, SURNAME_PLACE_CUES, TEAM_FOLLOWERS, TEAM_PRECEDERS } from './word-lists';

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
  /** What the words before the piece say it is, when the piece opens its run. */
  leftCue: Cue;
  /** What the words after the piece say it is, when the piece closes its run. */
  rightCue: Cue;
}

// Surname endings common in news from the former Soviet Union, the Balkans, Turkey, Iran,
// Greece, Scandinavia... A weak hint only: it tips an otherwise unknown name towards person.
const SURNAME_ENDING = /(ov|ova|ev|eva|yan|yants|enko|chuk|uk|sky|ski|ska|vich|vić|ić|escu|oglu|oğlu|zadeh|poulos|akis|sson|shvili|dze|lı|li|ez|es|son|sen|stein|berg|ini|elli)$/u;
// Places and organisations written in capitals ("US", "UAE") rather than organisations.
const PLACE_ACRONYMS = new Set(['us', 'usa', 'uk', 'uae', 'drc', 'prc', 'ussr', 'gb']);

const isAcronym = (t: Token) => /^\p{Lu}{2,6}$/u.test(t.text);

// Suffixes of abstract and technical nouns: "Solidarity", "Telescope", "Movement" name things, not people.
const THING_SUFFIX = /.{3}(tion|sion|ment|ness|ity|ism|ance|ence|ship|scope|graph|logy|ware|craft)$/u;
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region'];

/** A common English word rather than a name: in compromise's lexicon as an ordinary noun, or built like one. */
function isThingWord(fold: string): boolean {
  const tags = lexiconTags(fold);
  if (tags.some((t) => NAME_TAGS.includes(t))) return false;
  return THING_SUFFIX.test(fold) || tags.some((t) => t === 'Singular' || t === 'Uncountable' || t === 'Plural');
}

/**
 * A multi-word capitalised phrase is only a person with some sign of it. Without a known first
 * name, one that opens with an ordinary adjective ("Big Bang") or that ends in a thing-noun
 * ("James Webb Space Telescope") names a thing.
 */
function looksLikeThing(tokens: readonly Token[]): boolean {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  if (tokens.some((t, i) => i > 0 && NAME_PARTICLES.has(t.fold))) return false;
  const firstTags = tagsOf(first.fold);
  // compromise guesses "adjective" for unknown words ending in -y ("Senny"): only a dictionary word counts.
  // "Frank Anguissa": a word that is also a given name, before a surname that is no word, is a name.
  const namedBefore = isPersonNameWord(first.fold) && tokens.length === 2 && looksLikeSurname(last) && lexiconTags(last.fold).length === 0 && !/[-‐‑]/.test(last.text);
  if (firstTags.has('Adjective') && isEnglishWord(first.fold) && !isGivenName(first.fold) && !isDemonym(first.fold) && !namedBefore) return true;
  const surnameLike = lexiconTags(last.fold).some((t) => NAME_TAGS.includes(t));
  if (surnameLike) return false;
  // "Jonas Gahr Støre": a word with letters English does not use is no English noun, whatever it folds to.
  if (!inEnglishLetters(last)) return false;
  // "Cathal McGuinness": a Mc/O' surname is no noun, whatever its ending.
  if (GAELIC_SURNAME.test(last.text)) return false;
  return THING_SUFFIX.test(last.fold) || (tokens.length >= 3 && isThingWord(last.fold));
}

/** A dictionary word that is nobody's name ("Way", "Consortium", "River"): "Third Way" is no person. */
// "Støre" folds to "store": a word written with letters English does not use is no English word.
const hasPlainWord = (tokens: readonly Token[]) => tokens.some((t) => isEnglishWord(t.fold) && inEnglishLetters(t) && !isPersonNameWord(t.fold) && !isLexiconPerson(t.fold));

/** "O'Keeffe", "McGuinness", "MacBride": Irish and Scottish surnames. */
const GAELIC_SURNAME = /^(?:O['’]|Mc|Mac)\p{Lu}/u;
const STREET_PREPOSITIONS = new Set(['on', 'in', 'at', 'along', 'off', 'near', 'into', 'down', 'up']);
/** Words that open a part of a place ("Downtown Los Angeles"), not a body named after it. */
const PLACE_QUALIFIERS = new Set(['downtown', 'uptown', 'midtown', 'upstate', 'downstate', 'metro', 'greater', 'central', 'rural', 'coastal', 'outer', 'inner', 'northern', 'southern', 'eastern', 'western']);
const STREET_COMPOUND = /.{3}(strasse|straße|straat|gracht|plein|weg|laan|gasse|platz|platsen|gatan|vägen|torget|gade|plads|allee|damm|ufer|caddesi|sokak|sokağı|meydanı|bulvarı)$/u;
/** "Technisches Hilfswerk", "Verkehrsverbund Rhein-Ruhr", "Deutsche Bahn": German bodies written as one compound. */
const BODY_COMPOUND = /.{3}(verbund|verband|werk|werke|gesellschaft|amt|kasse|bahn|bund|stiftung|zentrum|ministerium|behörde)$/u;

function isPluralNoun(t: Token): boolean {
  if (!/[^s'’]s$/.test(t.fold) || !inEnglishLetters(t) || isPersonNameWord(t.fold) || isGivenName(t.fold) || isLexiconPerson(t.fold)) return false;
  return isEnglishWord(singular(t.fold)) && isEnglishWord(t.fold);
}

/** Heads English also uses only to open a place's name ("Plaza Botero"). */
const OPEN_PLACE_HEADS = new Set(['plaza', 'piazza', 'villa', 'hotel']);
/** "new zealanders" → "new zealand", "sri lankan" → "sri lanka": a people named after a listed place. */
function isDemonymOf(phrase: string): boolean {
  const bare = phrase.replace(/s$/, '');
  for (const [suffix, restore] of [['er', ''], ['ian', 'ia'], ['an', ''], ['n', ''], ['i', ''], ['ese', '']] as const) {
    if (!bare.endsWith(suffix)) continue;
    const place = bare.slice(0, -suffix.length) + restore;
    if (isKnownPlace(place)) return true;
  }
  return false;
}

// Tokens are matched by their folded form ("Musée" → "musee").
const FOLDED_ORG_HEADS = new Set([...FOREIGN_ORG_HEADS].map((w) => foldText(w)));
const FOLDED_PLACE_HEADS = new Set([...FOREIGN_PLACE_HEADS].map((w) => foldText(w)));
const GEOGRAPHIC_PREFIXES = new Set(['river', 'lake', 'mount', 'port', 'fort', 'cape', 'isle', 'san', 'santa', 'santo', 'monte', 'puerto', 'porto']);
const POST_NOMINAL_CAPS = /^(II|III|IV|VI|VII|VIII|IX|XI|XII|XIV|XV|XVI)$/u;
const ROADS = new Set(['interstate', 'highway', 'route', 'motorway']);
const ARTICLE_OPENERS = new Set(['El', 'La', 'Le', 'Los', 'Las', 'Les', 'Il', 'Lo', 'Der', 'Die', 'Das']);
const FOREIGN_ARTICLES = new Set(['la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'der', 'die', 'das']);

/**
 * "Banco Central de la República Argentina", "Musée du Louvre", "La Biennale di Venezia": a
 * foreign name opens with the word that says what it is. A head that is also an English word
 * ("Place", "Union") counts only before a particle ("Place de la Concorde").
 */
function foreignHead(tokens: readonly Token[]): 'organization' | 'place' | null {
  const start = FOREIGN_ARTICLES.has(tokens[0]?.fold ?? '') ? 1 : 0;
  const head = tokens[start];
  const next = tokens[start + 1];
  if (!head || !next) return null;
  if (isEnglishWord(head.fold) && !OPEN_PLACE_HEADS.has(head.fold) && !NAME_PARTICLES.has(next.fold) && !next.fold.startsWith("d'")) return null;
  if (FOLDED_ORG_HEADS.has(head.fold)) return 'organization';
  if (FOLDED_PLACE_HEADS.has(head.fold)) return 'place';
  return null;
}

/** Scores one piece of a run for each type, or null when it is no name at all. */
export function scorePiece(tokens: readonly Token[], ctx: PieceContext): Scores | null {
  if (tokens.length === 0 || tokens.every((t) => isDemonym(t.fold) || !/\p{L}/u.test(t.text))) return null;
  // "New Zealanders", "Sri Lankan": the people of a place named in several words.
  if (tokens.length >= 2 && isDemonymOf(tokens.map((t) => t.fold).join(' '))) return null;
  if (tokens.length === 1 && tokens[0] && /^\p{Lu}$/u.test(tokens[0].text)) return null;
  // "Booker Prize", "Palme d'Or", "Prix de l'Arc": awards and races are topics, not names.
  if (tokens.length >= 2 && (EVENT_CUES.has(tokens[tokens.length - 1]?.fold ?? '') || tokens[0]?.fold === 'prix')) return null;
  const s = zeroScores();
  const folds = tokens.map((t) => t.fold);
  const phrase = folds.join(' ');
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const unknown = (f: string) => lexiconTags(f).length === 0;

  // "U.S.", "U.N.": initials alone, with no name after them, spell an acronym.
  if (tokens.length >= 2 && tokens.every((t) => /^\p{Lu}$/u.test(t.text))) {
    if (PLACE_ACRONYMS.has(phrase.replace(/ /g, ''))) s.place += 3;
    else s.organization += 2;
    return s;
  }
  if (tokens.length === 1 && isAcronym(first)) {
    if (NON_ENTITY_ACRONYMS.has(first.fold)) return null;
    if (PLACE_ACRONYMS.has(first.fold)) s.place += 3;
    else if (isLexiconPlace(first.fold)) s.place += 2;
    else s.organization += 2;
    return s;
  }
  if (isLexiconPlace(phrase)) s.place += 3;
  if (isLexiconOrg(phrase)) s.organization += 3;
  // A lone first name ("Jordan", "Chad") is more often a country in news than a person.
  if (isLexiconPerson(phrase)) s.person += tokens.length > 1 ? 3 : isGivenName(phrase) && !lexiconTags(phrase).includes('LastName') ? 0.5 : 1;
  const hyphenTail = last.fold.split(/[-‐‑]/).pop() ?? '';
  if (hyphenTail !== last.fold && isLexiconPlace(hyphenTail)) s.place += 1;

  // "Interstate 35", "Route 66": a numbered road.
  if (tokens.length === 2 && /^\d+$/.test(last.text) && ROADS.has(first.fold)) s.place += 3;
  // "Picabo Street" is a skier, but "on Alexandra Street" a street.
  const surnameCue = SURNAME_PLACE_CUES.has(last.fold) && tokens.length === 2 && isGivenName(first.fold) && !isLexiconPlace(first.fold) && gazetteerKind(first.fold) !== 'place' && !(ctx.before !== null && STREET_PREPOSITIONS.has(ctx.before));
  if (tokens.length >= 2 && PLACE_CUES.has(last.fold) && !surnameCue) s.place += 3;
  // "Alexanderplatz", "Oude Waalsdorperweg", "Istiklal Caddesi": streets and squares written as one compound.
  if (STREET_COMPOUND.test(last.fold) && !isPersonNameWord(last.fold)) s.place += 3;
  if (tokens.some((t) => BODY_COMPOUND.test(t.fold) && !isPersonNameWord(t.fold) && !isEnglishWord(t.fold))) s.organization += 3;
  // "St Elizabeth", "Saint-Denis": a saint's name names a parish, a town or a church.
  if (tokens.length === 2 && (first.fold === 'st' || first.fold === 'saint')) s.place += 2;
  if (tokens.length >= 2 && PLACE_PREFIXES.has(first.fold)) {
    const rest = folds.slice(1).join(' ');
    // "Mount Dennis", "Port Phillip": no one is called Mount or Port, so a given name after it is a place's.
    const named = GEOGRAPHIC_PREFIXES.has(first.fold) && tokens.length === 2 && (isGivenName(rest) || isPersonNameWord(rest));
    if (isLexiconPlace(rest) || unknown(rest) || named) s.place += named ? 4 : 2;
  }
  if (ctx.complement) {
    if (isLexiconPlace(phrase)) s.place += 2;
    else if (ctx.rightCue === 'place') s.place += 1;
    else if (!isLexiconPerson(phrase)) s.organization += 1;
  } else if (ctx.afterTitle && !(tokens.length >= 3 && PLACE_CUES.has(last.fold))) s.person += 3;

  // "Orchestre de Paris", "Banque de France": people are not surnamed after a city or country.
  const particle = tokens.findIndex((t, i) => i > 0 && NAME_PARTICLES.has(t.fold));
  if (particle > 0 && !isGivenName(first.fold) && isLexiconPlace(folds.slice(particle + 1).join(' '))) s.organization += 3;
  // "Cricket Australia", "Statistics Canada", "Infrastructure Victoria": a plain word before the
  // name of a country or region is a national body. An adjective there ("Inner Mongolia") is part of a place.
  const region = lexiconTags(last.fold).includes('Country') || (isCuratedWord(last.fold) && gazetteerKind(last.fold) === 'place' && isEnglishWord(first.fold) && !isPersonNameWord(first.fold) && !tagsOf(first.fold).has('Adjective'));
  if (tokens.length === 2 && region && !isLexiconPlace(phrase) && gazetteerKind(phrase) !== 'place' && !PLACE_PREFIXES.has(first.fold) && !isGivenName(first.fold) && !isLexiconPlace(first.fold) && !isDemonym(first.fold)) {
    s.organization += 3;
  }
  // "Cricket West Indies", "Tourism New Zealand": the same before a place of several words.
  const sport = tokens.length >= 3 && isEnglishWord(first.fold) && !isPersonNameWord(first.fold) && tagsOf(first.fold).has('Noun') && !tagsOf(first.fold).has('Adjective');
  if (sport && !PLACE_QUALIFIERS.has(first.fold) && !PLACE_PREFIXES.has(first.fold) && isKnownPlace(tokensKey(tokens.slice(1))) && !isKnownPlace(phrase)) s.organization += 3;
  // "Delfino Pescara", "Dinamo Zagreb", "Hellas Verona": a word that is no name before a city names its club.
  const club = tokens.length === 2 && isKnownPlace(last.fold) && !isKnownPlace(phrase) && !isKnownPlace(first.fold) && !isGivenName(first.fold) && !isPersonNameWord(first.fold);
  if (club && !isEnglishWord(first.fold) && !isDemonym(first.fold) && inEnglishLetters(first) && !PLACE_PREFIXES.has(first.fold) && !FOLDED_PLACE_HEADS.has(first.fold)) s.organization += 2;
  // "UN Climate Change", "EU Council": a listed body's acronym opening a name makes a body of it.
  if (tokens.length >= 2 && isAcronym(first) && gazetteerKind(wordKeys(first.text, first.fold)[0] ?? '') === 'organization') s.organization += 3;
  // "Tigres del Licey", "Amigos de la Tierra": a plural noun before a particle names a club or a body.
  if (particle > 0 && first.fold.endsWith('s') && !isGivenName(first.fold) && !isPersonNameWord(first.fold) && !isLexiconPlace(first.fold) && !isKnownPlace(phrase)) s.organization += 3;

  // A compass word alone is a direction or a bloc ("the West"), not a place name; "Street" or
  // "Square" alone is what is left of a name the rules cut.
  if (tokens.length === 1 && (PLACE_PREFIXES.has(first.fold) || PLACE_CUES.has(first.fold))) return null;
  // "KazMunayGas", "ScotRail", "ArianeGroup": capitals inside a word are a brand's, not a person's
  // (but "McDonald", "DeSantis", "LeBron" are surnames and names).
  if (tokens.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(first.text) && !/^(Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|O')/u.test(first.text)) s.organization += 2;
  const thing = tokens.length >= 2 ? looksLikeThing(tokens) : THING_SUFFIX.test(first.fold);
  if (tokens.length >= 2 && s.place === 0 && s.organization === 0 && !thing) {
    if (isGivenName(first.fold)) s.person += 3;
    // "Third Way", "Winning Consortium", "River Derwent": a plain English word that is nobody's name says thing.
    else if (folds.slice(0, -1).every((f) => !isLexiconPlace(f)) && (!hasPlainWord(tokens) || (isPersonNameWord(first.fold) && !isEnglishWord(first.fold)))) s.person += 1;
    // "Charles de Gaulle", "Ahmed bin Sulayem": a particle makes a person's name after a given name;
    // after a plain noun it makes a place's or a club's ("Foz do Amazonas", "Tigres del Licey").
    const hasParticle = tokens.some((t, i) => i > 0 && (NAME_PARTICLES.has(t.fold.replace(/[-‐‑].*$/, '')) || /^(al|el|bin|ibn|abu)[-‐‑]/.test(t.fold)));
    if (hasParticle && (isGivenName(first.fold) || isPersonNameWord(first.fold))) s.person += 2;
    if (isLexiconPerson(last.fold)) s.person += 1;
  }
  // "Georgia O'Keeffe", "Paris McGuinness": an Irish or Scottish surname makes the name a person's.
  // ("Chicago O'Hare" is an airport: the word before must be a given name.)
  if (tokens.length >= 2 && GAELIC_SURNAME.test(last.text) && (isGivenName(first.fold) || isPersonNameWord(first.fold))) s.person += 2;
  const surname = last.fold.split(/[-‐‑]/).pop() ?? last.fold;
  if (s.place === 0 && s.organization === 0 && !thing && SURNAME_ENDING.test(surname) && !isLexiconPlace(surname)) s.person += 1;
  if (ctx.before === 'of' && tokens.length === 1) s.place += 1;

  const orgBefore = ctx.leftCue === 'organization' || ctx.leftCue === 'team';
  // "a Nobel Prize in Physiology": after a preposition, a plain English word is a field, not a place.
  const plainNoun = tokens.length === 1 && isEnglishWord(first.fold) && !isLexiconPlace(first.fold) && gazetteerKind(first.fold) === null;
  // "from Jofra Archer": a preposition says less before what looks like a person's name.
  // "to An Se-young": so does a Korean given name.
  const personLike = tokens.length >= 2 && (isPersonNameWord(last.fold) || HYPHENATED_GIVEN_NAME.test(last.text)) && !isLexiconPlace(first.fold) && !PLACE_PREFIXES.has(first.fold) && gazetteerKind(phrase) === null;
  if (ctx.before && PLACE_PREPOSITIONS.has(ctx.before) && !orgBefore && !plainNoun) s.place += personLike ? 1 : 2;
  if (ctx.afterThe && tokens.length === 1) {
    // "the Vatican said", "the Amazon": an institution or a place, not a person.
    s.person = 0;
    if (ctx.after && SPEECH_VERBS.has(ctx.after)) s.organization += 2;
    // "the House", "the Treasury": a common noun made a name is an institution; "the Gulf" is a place.
    else if (s.place === 0 && s.organization === 0) s[isCommonNoun(first.fold) && !PLACE_CUES.has(first.fold) ? 'organization' : 'place'] += 1;
  } else if (ctx.after && SPEECH_VERBS.has(ctx.after) && !ctx.complement) s.person += 1;
  if (thing && !ctx.afterTitle) s.person = 0;
  // "Deliveries to the Americas", "Moody's Ratings": one plural common noun is nobody's name ("Jones", "Evans" are surnames).
  if (tokens.length === 1 && isPluralNoun(first)) s.person = 0;
  // What the text calls it outranks what the name looks like: "the Solidarity union", "her label Sony Music", "Chelsea captain".
  // "Sony Music", "Toyota Motor": a name compromise knows as a company, extended.
  if (tokens.length >= 2 && isLexiconOrg(first.fold)) {
    s.organization += 3;
    s.person = 0;
  }
  if (ctx.leftCue === 'thing' || ctx.rightCue === 'thing') return null;
  applyCues(s, tokens, ctx);
  // "El Alto", "El Teniente", "Le Chat": a name that opens with an article is no person's.
  if (tokens.length >= 2 && ARTICLE_OPENERS.has(first.text)) {
    s.person = 0;
    if (s.place === 0 && s.organization === 0) s.place += 1;
  }
  const foreign = foreignHead(tokens);
  if (foreign) {
    s[foreign] += 5;
    s.person = 0;
  }
  // "Turkish Red Crescent": a nation's branch of a listed organisation.
  if (tokens.length >= 2 && isDemonym(first.fold) && gazetteerKind(tokensKey(tokens.slice(1))) === 'organization') {
    s.organization += 8;
    s.place = 0;
    s.person = 0;
  }
  // "Rio Tinto plc": a legal form says company, whatever the words before it say.
  if (tokens.length >= 2 && LEGAL_FORMS.has(last.text)) {
    s.organization += 8;
    s.person = 0;
    s.place = 0;
  }
  // "Procter & Gamble", "Keefe, Bruyette & Woods": a firm of partners, not a person. "Stanbic IBTC",
  // "Coca-Cola FEMSA": nor is a name with an acronym in it.
  if (tokens.some((t, i) => i > 0 && t.ampersand) || (tokens.length >= 2 && !PLACE_CUES.has(last.fold) && tokens.some((t) => /^\p{Lu}{3,}$/u.test(t.text) && !POST_NOMINAL_CAPS.test(t.text)))) {
    s.organization += 5;
    s.person = 0;
  }
  // Players beat players too ("Jannik Sinner beat Alexander Zverev"): only a one-word name or a
  // country's ("beat New Zealand") is read as a side.
  const side = tokens.length === 1 || isKnownPlace(phrase);
  if (side && ((ctx.after && TEAM_FOLLOWERS.has(ctx.after)) || (ctx.before && TEAM_PRECEDERS.has(ctx.before)))) {
    s.organization += 6;
    s.person = 0;
    s.place = 0;
  }
  if (tokens.length === 1 && CELESTIAL_BODIES.has(first.fold)) s.place = 0;
  // "the Pashinyan government", "the Biden administration": about the person, not a mention.
  if (ctx.after && NON_ENTITY_FOLLOWERS.has(ctx.after) && s.place < 3 && s.organization === 0) return null;
  return s;
}

const isCommonNoun = (fold: string) => {
  const tags = lexiconTags(fold);
  return tags.some((t) => t === 'Singular' || t === 'Uncountable' || t === 'Noun') && !tags.some((t) => NAME_TAGS.includes(t));
};

/** What the surrounding words say outranks what the name looks like ("the retailer Primark", "Chelsea owner", "India won"). */
function applyCues(s: Scores, tokens: readonly Token[], ctx: PieceContext): void {
  const first = tokens[0] as Token;
  const phrase = tokens.map((t) => t.fold).join(' ');
  for (const cue of [ctx.leftCue, ctx.rightCue]) {
    if (cue === 'person' && !ctx.complement) {
      s.person += 3;
      s.organization = Math.min(s.organization, 2);
    } else if (cue === 'team' && (tokens.length === 1 || isKnownPlace(phrase))) {
      s.organization += 6;
      s.person = 0;
      s.place = 0;
    } else if (cue === 'organization' && !ctx.afterTitle && !isLexiconPlace(phrase) && !(tokens.length > 1 && isGivenName(first.fold))) {
      // "its owner Roman Abramovich": a first name says person whatever the context.
      s.organization += 4;
      s.person = 0;
    } else if (cue === 'place' && (!ctx.afterTitle || ctx.complement)) s.place += 2;
  }
}
