// Writes a deterministic synthetic news corpus in the seed format, for builds and benchmarks at scale.
// Run: npm run gen:corpus -- --count 10000 --out .cache/corpus-10000
//
// Sentences are made here from a Zipf-distributed vocabulary: common English words at the head, a long
// tail of invented words so the vocabulary grows with the corpus as real news does. People (with roles),
// places, organisations, authors and sections have Zipf popularity; dates spread over ten years.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Zipf, capitalize, inventedWord, mulberry32 } from './lib/synthetic-random';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const COUNT = Number(option('count', '1000'));
const OUT = option('out', `.cache/corpus-${COUNT}`);
const SEED = Number(option('seed', '42'));

const random = mulberry32(SEED);

const COMMON = (
  'government minister talks agreement border security election budget vote council report week month year ' +
  'people country region city village road bridge port harbour ferry farmers workers students teachers doctors ' +
  'hospital school court judge police army ceasefire peace conflict war troops convoy aid water power energy gas ' +
  'oil prices market trade exports imports tariffs growth inflation jobs wages taxes reform plan proposal law bill ' +
  'parliament opposition party leader president committee inquiry investigation evidence witness statement ' +
  'meeting summit visit delegation envoy embassy sanctions negotiations deal treaty corridor checkpoint refugees ' +
  'families children houses homes rents weather storm flood drought harvest grain wheat fishing quotas boats ' +
  'festival music theatre museum library film book artist season match team coach players league final ' +
  'research scientists study data climate emissions forest coast river mountain valley district province ' +
  'spokesman officials sources critics residents voters protesters volunteers engineers contractors'
).split(' ');
const VERBS = 'said announced warned confirmed denied promised rejected approved criticised welcomed expected reported argued insisted'.split(' ');
const GLUE = 'the a of in on for with after before during over about against between under across'.split(' ');
const invented = (min: number, max: number) => inventedWord(random, min, max);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function pool(size: number, make: () => string): string[] {
  const seen = new Set<string>();
  while (seen.size < size) seen.add(make());
  return [...seen];
}

const vocabulary = [...COMMON, ...pool(60_000, () => invented(2, 4)).filter((w) => !COMMON.includes(w))];
const firstNames = pool(400, () => capitalize(invented(2, 3)));
const lastNames = pool(2500, () => capitalize(invented(2, 4)));
const people = pool(3000, () => `${pick(firstNames)} ${pick(lastNames)}`);
const places = pool(800, () => capitalize(invented(2, 3)));
const orgs = pool(600, () => `${capitalize(invented(2, 3))} ${pick(['Ministry', 'Council', 'Bank', 'Union', 'Agency', 'Institute', 'Party'])}`);
const authors = pool(250, () => `${pick(firstNames)} ${pick(lastNames)}`);
const SECTIONS = ['Politics', 'Economy', 'Feature', 'World', 'Opinion', 'Culture', 'Sport', 'Science', 'Energy', 'Analysis', 'Business', 'Technology'];
const ROLES = ['Minister', 'President', 'Mayor', 'Senator', 'Governor', 'Ambassador', 'Professor', 'Judge'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const words = new Zipf(vocabulary.length, 1.02, random);
const personZipf = new Zipf(people.length, 1.0, random);
const placeZipf = new Zipf(places.length, 1.0, random);
const orgZipf = new Zipf(orgs.length, 1.0, random);
const authorZipf = new Zipf(authors.length, 0.8, random);
const sectionZipf = new Zipf(SECTIONS.length, 0.7, random);

function phrase(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && random() < 0.3) out.push(pick(GLUE));
    out.push(vocabulary[words.next()]!);
  }
  return out.join(' ');
}

function sentence(cast: { people: string[]; places: string[]; orgs: string[] }): string {
  const r = random();
  if (r < 0.25 && cast.people.length > 0) {
    const person = pick(cast.people);
    const named = random() < 0.4 ? `${pick(ROLES)} ${person}` : random() < 0.5 ? person : person.split(' ')[1]!;
    return `${named} ${pick(VERBS)} that the ${phrase(6 + Math.floor(random() * 8))}.`;
  }
  if (r < 0.4 && cast.places.length > 0) return `In ${pick(cast.places)}, the ${phrase(8 + Math.floor(random() * 8))}.`;
  if (r < 0.5 && cast.orgs.length > 0) return `The ${pick(cast.orgs)} ${pick(VERBS)} the ${phrase(6 + Math.floor(random() * 6))}.`;
  return `${capitalize(phrase(10 + Math.floor(random() * 10)))}.`;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (let a = 0; a < COUNT; a++) {
  const cast = {
    people: Array.from({ length: Math.floor(random() * 5) }, () => people[personZipf.next()]!),
    places: Array.from({ length: 1 + Math.floor(random() * 3) }, () => places[placeZipf.next()]!),
    orgs: Array.from({ length: Math.floor(random() * 3) }, () => orgs[orgZipf.next()]!),
  };
  const lead = cast.people[0] ?? cast.places[0]!;
  const title = `${lead} ${capitalize(phrase(3 + Math.floor(random() * 4)))} ${a}`.replace(/\s+/g, ' ');
  const date = `${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${2015 + Math.floor(random() * 10)}`;
  const author = random() < 0.1 ? '' : `${authors[authorZipf.next()]!} `;
  const blocks: string[] = [];
  let written = 0;
  while (written < 600) {
    if (blocks.length > 1 && random() < 0.12) blocks.push(capitalize(phrase(3 + Math.floor(random() * 3))));
    const paragraph = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(cast)).join(' ');
    written += paragraph.split(' ').length;
    blocks.push(paragraph);
  }
  const text = `${title}\n\n${author}${SECTIONS[sectionZipf.next()]!} ${date}\n\n${blocks.join('\n\n')}\n`;
  writeFileSync(path.join(OUT, `${String(a).padStart(5, '0')}.txt`), text);
}
console.log(`wrote ${COUNT} articles to ${OUT}`);
