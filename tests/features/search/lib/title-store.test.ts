import { describe, expect, it } from 'vitest';
import { TitleStore } from '../../../../src/features/search/lib/title-store';
import { encodeTitleBlocks, TITLE_BLOCK_SIZE } from '../../../../src/shared/search-titles';

const COUNT = TITLE_BLOCK_SIZE * 3 + 5;
const articles = Array.from({ length: COUNT }, (_, i) => ({ title: `Story ${i}`, slug: i === 7 ? 'chosen' : `story-${i}` }));
const blocks = encodeTitleBlocks(articles);

function storeWith(load: (block: number) => Promise<unknown>) {
  const asked: number[] = [];
  const store = new TitleStore(COUNT, (block) => {
    asked.push(block);
    return load(block);
  });
  return { store, asked };
}

describe('TitleStore', () => {
  it('fetches only the blocks the ids fall in, once each, and reads titles and slugs from them', async () => {
    const { store, asked } = storeWith((block) => Promise.resolve(JSON.parse(JSON.stringify(blocks[block]))));
    const ids = [7, 3, COUNT - 1];
    expect(store.has(ids)).toBe(false);
    expect(store.get(7)).toBeUndefined();
    await Promise.all([store.load(ids), store.load([7])]);
    expect(asked.sort()).toEqual([0, 3]);
    expect(store.has(ids)).toBe(true);
    expect(store.get(7)).toEqual({ title: 'Story 7', slug: 'chosen' });
    expect(store.get(COUNT - 1)).toEqual({ title: `Story ${COUNT - 1}`, slug: `story-${COUNT - 1}` });
    expect(store.get(TITLE_BLOCK_SIZE)).toBeUndefined();
    await store.load(ids);
    expect(asked).toHaveLength(2);
  });

  it('asks again for a block that failed or did not fit, and never shows a wrong title', async () => {
    let fail = true;
    const { store, asked } = storeWith((block) => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(blocks[block])));
    await expect(store.load([1])).rejects.toThrow('offline');
    expect(store.get(1)).toBeUndefined();
    fail = false;
    await store.load([1]);
    expect(store.get(1)?.title).toBe('Story 1');

    const stale = new TitleStore(COUNT, () => Promise.resolve(blocks[0]!));
    await stale.load([TITLE_BLOCK_SIZE * 3]);
    expect(stale.get(TITLE_BLOCK_SIZE * 3)).toBeUndefined();
    expect(asked).toEqual([0, 0]);
  });
});
