// Times entity extraction over synthetic news articles, cold and from the cache:
//   npx tsx scripts/bench-entities.ts            (N = 1000 and 10000)
//   npx tsx scripts/bench-entities.ts --count 2000
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Block } from '../src/shared/content-types';
import { buildEntityCorpus, type EntityInputArticle } from '../src/content/entities/build-entity-corpus';
import { EMPTY_CURATION } from '../src/content/entities/curation';

const FIRST = 'Anna Boris Carlos Dmitri Elena Fatima Giorgi Hassan Ingrid Jamal Kenji Leila Mikhail Nadia Omar Pavel Rania Sergio Tamar Viktor Yusuf Zara Ilham Nikol Aylin Bruno Chiara Darius Emeka Farida'.split(' ');
const LAST = 'Petrov Haddad Okafor Lindqvist Mirzoyan Aliyev Novak Rossi Tanaka Kowalski Dubois Schmidt Moreau Ivanova Nazarov Bayramov Hakobyan Castillo Osei Mensah Karimov Sadiqov Gallagher Jensen Muller Romanov Volkova Ferreira Demir Yilmaz'.split(' ');
const PLACES = 'Moscow Baku Yerevan Tbilisi Paris Berlin Nairobi Lagos Cairo Ankara Kyiv Warsaw Madrid Lisbon Vienna Prague Almaty Tehran Beirut Amman Karabakh Lachin Susa Geneva Brussels'.split(' ');
const ORGS = ['Ministry of Finance', 'Security Council', 'Central Bank', 'Foreign Intelligence Service', 'National Oil Company', 'Workers Party', 'University of Lisbon', 'Red Cross', 'World Bank', 'Supreme Court', 'Election Commission', 'Defence Ministry'];
const ROLES = ['President', 'Prime Minister', 'Foreign Minister', 'Finance Minister', 'Governor', 'Mayor', 'Director', 'Senator'];
const FILLER = 'officials said the talks would continue next week while analysts warned that prices could rise further as the government prepared a new budget and opposition groups demanded answers about spending on roads schools and hospitals across the region'.split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function article(i: number): EntityInputArticle {
  const r = rng(i + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const people = [0, 1, 2].map(() => `${pick(FIRST)} ${pick(LAST)}`);
  const blocks: Block[] = [];
  let words = 0;
  while (words < 600) {
    const person = pick(people);
    const surname = person.split(' ')[1] ?? person;
    const sentences = [
      `${pick(ROLES)} ${person} met officials of the ${pick(ORGS)} in ${pick(PLACES)} on Monday.`,
      `${surname} said the ${pick(ORGS)} would publish its report in ${pick(PLACES)}.`,
      `${FILLER.slice(0, 8 + Math.floor(r() * 20)).join(' ')}.`,
      `According to ${person}, ${FILLER.slice(Math.floor(r() * 10), 30).join(' ')} near ${pick(PLACES)}.`,
    ].map((s) => s.charAt(0).toUpperCase() + s.slice(1));
    const text = sentences.join(' ');
    blocks.push({ kind: 'paragraph', text });
    words += text.split(' ').length;
  }
  return { slug: `bench-${i}`, title: `Talks in ${pick(PLACES)} number ${i}`, blocks, frontMatter: {}, file: `bench-${i}.txt` };
}

function run(count: number): void {
  const articles = Array.from({ length: count }, (_, i) => article(i));
  const words = articles.reduce((n, a) => n + a.blocks.reduce((m, b) => m + b.text.split(' ').length, 0), 0);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-entities-'));
  let t = performance.now();
  const cold = buildEntityCorpus(articles, EMPTY_CURATION, { cacheDir });
  const coldMs = performance.now() - t;
  t = performance.now();
  let extracted = 0;
  buildEntityCorpus(articles, EMPTY_CURATION, { cacheDir, onExtract: () => extracted++ });
  const warmMs = performance.now() - t;
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const rate = (ms: number) => Math.round(count / (ms / 1000));
  console.log(`N=${count} articles, ${Math.round(words / count)} words each, ${cold.entities.length} distinct entities`);
  console.log(`  cold: ${(coldMs / 1000).toFixed(2)} s  (${rate(coldMs)} articles/s)`);
  console.log(`  warm: ${(warmMs / 1000).toFixed(2)} s  (${rate(warmMs)} articles/s, ${extracted} re-extracted)`);
}

const at = process.argv.indexOf('--count');
const counts = at >= 0 ? [Number(process.argv[at + 1])] : [1000, 10000];
if (counts.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error('bench-entities: --count needs a positive whole number');
  process.exit(2);
}
for (const count of counts) run(count);
