import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildEntityCorpus } from '../../../src/content/entities/build-entity-corpus';
import { EMPTY_CURATION } from '../../../src/content/entities/curation';
import { articleOf } from './helpers';

describe('extraction cache', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entities-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const articles = () => [articleOf('a', ['President Vladimir Putin spoke in Moscow.']), articleOf('b', ['Nikol Pashinyan met officials in Yerevan.'])];

  it('extracts only changed articles on a rebuild, with the same result', () => {
    const first: string[] = [];
    const cold = buildEntityCorpus(articles(), EMPTY_CURATION, { cacheDir: dir, onExtract: (s) => first.push(s) });
    expect(first).toEqual(['a', 'b']);
    const second: string[] = [];
    const warm = buildEntityCorpus(articles(), EMPTY_CURATION, { cacheDir: dir, onExtract: (s) => second.push(s) });
    expect(second).toEqual([]);
    expect(warm.perArticle).toEqual(cold.perArticle);
    const changed = articles();
    changed[1] = articleOf('b', ['Nikol Pashinyan met officials in Gyumri.']);
    const third: string[] = [];
    buildEntityCorpus(changed, EMPTY_CURATION, { cacheDir: dir, onExtract: (s) => third.push(s) });
    expect(third).toEqual(['b']);
  });

  it('survives a corrupt cache file by extracting again', () => {
    buildEntityCorpus(articles(), EMPTY_CURATION, { cacheDir: dir });
    for (const f of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, f), '{"version": broken');
    const again: string[] = [];
    const result = buildEntityCorpus(articles(), EMPTY_CURATION, { cacheDir: dir, onExtract: (s) => again.push(s) });
    expect(again).toEqual(['a', 'b']);
    expect(result.perArticle.get('a')?.entities.map((e) => e.name)).toContain('Vladimir Putin');
  });
});
