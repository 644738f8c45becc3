import nlp from 'compromise';
import { gazetteerKind, isEnglishWord, isListedGivenName } from './gazetteer';

// compromise gives two things here: its lexicon (countries, cities, first names, demonyms,
// organisations...) and its tagger's guess for words it does not know (suffix rules: -ly is
// an adverb, -ing a gerund). Both are asked one word at a time and memoised, because running
// the full tagger over every sentence is ~10x slower than the whole rest of the extractor.

const EMPTY: ReadonlySet<string> = new Set();
const memo = new Map<string, ReadonlySet<string>>();

/** compromise's tags for one lowercase word (lexicon entry, else the tagger's guess). */
export function tagsOf(word: string): ReadonlySet<string> {
  const cached = memo.get(word);
  if (cached) return cached;
  let tags: ReadonlySet<string> = EMPTY;
  const term = nlp(word).docs[0]?.[0];
  if (term?.tags) tags = new Set(term.tags);
  memo.set(word, tags);
  return tags;
}

// compromise types its model as `object`; the lexicon is a plain word → tag(s) record.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** The lexicon's own tags for a (possibly multi-word) lowercase phrase, without guessing. */
export function lexiconTags(phrase: string): readonly string[] {
  const found = lexicon[phrase];
  if (found === undefined) return [];
  return typeof found === 'string' ? [found] : found;
}

const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Address']);
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

const hasAny = (tags: readonly string[], wanted: ReadonlySet<string>) => tags.some((t) => wanted.has(t));

export const isLexiconPlace = (phrase: string) => hasAny(lexiconTags(phrase), PLACE_TAGS);
export const isLexiconPerson = (phrase: string) => hasAny(lexiconTags(phrase), PERSON_TAGS);
const isLexiconFirstName = (phrase: string) => hasAny(lexiconTags(phrase), FIRST_NAME_TAGS);
/** A given name: compromise's own, or one on our world-wide list ("Harish", "Amadou", "Giulia"). */
export const isGivenName = (phrase: string) => isLexiconFirstName(phrase) || isListedGivenName(phrase);
export const isLexiconOrg = (phrase: string) => lexiconTags(phrase).includes('Organization');

/** A place compromise knows or our gazetteer lists. */
export const isKnownPlace = (phrase: string) => isLexiconPlace(phrase) || gazetteerKind(phrase) === 'place';

const EXTRA_DEMONYMS = new Set(
  [
    'british turkish kurdish azeri afghan saudi emirati thai dutch swiss irish scottish welsh english spanish polish finnish danish swedish greek filipino czech slovak uzbek kazakh tajik kyrgyz turkmen arab jewish muslim christian',
    // Peoples named like nations: "Rohingya refugees", "Uyghur activists".
    'rohingya uyghur uighur kurd pashtun tamil hutu tutsi yazidi druze bedouin maori inuit hausa yoruba igbo zulu xhosa amhara oromo tigrayan baloch sunni shia shiite',
  ]
    .join(' ')
    .split(' '),
);

const COMBINING_FORMS = new Set(['anglo', 'franco', 'sino', 'russo', 'indo', 'afro', 'euro', 'italo', 'greco', 'turco', 'judeo', 'austro', 'hispano', 'luso']);

/** "Russian", "Azerbaijani", "Armenians": adjectives of nationality, neither places nor people. */
export function isDemonym(word: string): boolean {
  const w = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  if (EXTRA_DEMONYMS.has(w) || lexiconTags(w).includes('Demonym')) return true;
  // "Anglo-Australian", "Sino-Russian": a compound of peoples.
  const parts = w.split(/[-‐‑]/);
  if (parts.length === 2 && COMBINING_FORMS.has(parts[0] ?? '') && isDemonym(parts[1] ?? '')) return true;
  // "Frans" (Timmermans) is a name and "tennis" a word, whatever "Fran" + "s" or "Tenn" + "is" looks like.
  if (isLexiconPerson(word) || isEnglishWord(word)) return false;
  // Derived from a known country or city: Azerbaijan+i, Armenia+n, Israel+i, Kosovo+an.
  for (const [suffix, restore] of [['i', ''], ['n', ''], ['an', ''], ['ian', 'ia'], ['ian', 'y'], ['ese', ''], ['ish', '']] as const) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && isLexiconPlace(w.slice(0, -suffix.length) + restore)) return true;
  }
  return false;
}

/** Tags that mean a capitalised sentence opener is an ordinary word ("Undoubtedly", "Taking"). */
const FUNCTION_TAGS = ['Adverb', 'Verb', 'Gerund', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Modal', 'Date', 'Month', 'WeekDay', 'Value', 'QuestionWord', 'Expression', 'Negative', 'Copula'];

export function isFunctionWord(word: string): boolean {
  const tags = tagsOf(word);
  if (FUNCTION_TAGS.some((t) => tags.has(t))) return true;
  return tags.has('Adjective') && !tags.has('Demonym');
}

/** Part of speech for topic phrases: only nouns and adjectives may build one. */
export function wordClass(word: string): 'noun' | 'adjective' | 'verb-or-noun' | 'other' {
  const tags = tagsOf(word);
  if (tags.has('Adjective') && !tags.has('Noun')) return 'adjective';
  // Out of context compromise calls "police" or "force" a verb; after a modifier it is a noun.
  if (tags.has('Infinitive') || (tags.has('PresentTense') && !tags.has('Gerund') && !word.endsWith('s'))) return 'verb-or-noun';
  if (tags.has('Noun') && !tags.has('Verb') && !tags.has('Pronoun') && !tags.has('Date') && !tags.has('Value')) return 'noun';
  return 'other';
}
