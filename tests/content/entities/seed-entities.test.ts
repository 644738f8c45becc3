import fs from 'node:fs';
import { articleFromText } from '../../../src/content/entities/article-from-text';
import { buildEntityCorpus } from '../../../src/content/entities/build-entity-corpus';
import { EMPTY_CURATION } from '../../../src/content/entities/curation';

const PEOPLE = ['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan', 'Nikolai Patrushev', 'Sergei Lavrov', 'Sergei Shoigu', 'Alexander Bortnikov', 'Sergei Naryshkin', 'Araik Harutyunyan', 'Emmanuel Macron'];
const PLACES = ['Moscow', 'Azerbaijan', 'Armenia', 'Nagorno-Karabakh', 'Karabakh', 'Xankandi', 'Lachin', 'Susa', 'Yerevan', 'Xocavand', 'Russia', 'South Caucasus', 'France'];
const ORGS = ['Kremlin', 'Security Council', 'Federal Security Service', 'Foreign Intelligence Service', 'OSCE Minsk Group', 'Russian Defense Ministry'];

describe('the real seed article', () => {
  const article = articleFromText('seed', fs.readFileSync('seeds/000_1f187117bb24d1e9.txt', 'utf8'));
  const found = buildEntityCorpus([article], EMPTY_CURATION).perArticle.get('seed');
  const names = (type: string) => (found?.entities ?? []).filter((e) => e.type === type).map((e) => e.name);

  it('finds exactly its named individuals, each once, by full name (not the byline author)', () => {
    expect([...names('person')].sort()).toEqual([...PEOPLE].sort());
  });

  it('finds the places and organisations, and no person among them', () => {
    expect(names('place')).toEqual(expect.arrayContaining(PLACES));
    expect(names('organization')).toEqual(expect.arrayContaining(ORGS));
    const personWords = new Set(PEOPLE.flatMap((p) => p.split(' ')));
    for (const n of [...names('place'), ...names('organization')]) expect(n.split(' ').some((w) => personWords.has(w))).toBe(false);
  });

  it('gives a few meaningful topics, the Lachin corridor among them', () => {
    const topics = names('topic');
    expect(topics.length).toBeGreaterThan(0);
    expect(topics.length).toBeLessThanOrEqual(8);
    expect(topics).toContain('Lachin corridor');
    expect(topics).toContain('Peacekeepers');
  });

  it('locates every mention: sorted, non-overlapping, and the text at each is the entity', () => {
    const mentions = found?.mentions ?? [];
    for (let i = 1; i < mentions.length; i++) {
      const a = mentions[i - 1]!;
      const b = mentions[i]!;
      expect(a.block < b.block || (a.block === b.block && a.end <= b.start)).toBe(true);
    }
    const putin = mentions.filter((m) => m.entity === 'person:vladimir-putin').map((m) => article.blocks[m.block]!.text.slice(m.start, m.end));
    expect(new Set(putin)).toEqual(new Set(['Vladimir Putin', 'Putin']));
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    for (const e of found?.entities ?? []) expect(e.count).toBe(counts.get(`${e.type}:${e.slug}`) ?? 0);
  });
});
