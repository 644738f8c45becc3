// The search results' titles and slugs, fetched in blocks (src/shared/search-titles.ts) as results come on screen.
import { decodeTitleBlock, TITLE_BLOCK_SIZE, titleBlockOf } from '../../../shared/search-titles';
import type { ArticleTitle } from '../../../shared/search-titles';

export type LoadTitleBlock = (block: number) => Promise<unknown>;

export class TitleStore {
  private readonly blocks = new Map<number, ArticleTitle[]>();
  private readonly pending = new Map<number, Promise<void>>();

  constructor(
    private readonly size: number,
    private readonly loadBlock: LoadTitleBlock,
  ) {}

  /** Article `id`'s title and slug, once its block has arrived. */
  get(id: number): ArticleTitle | undefined {
    return this.blocks.get(titleBlockOf(id))?.[id % TITLE_BLOCK_SIZE];
  }

  /** Whether every id's title is here. */
  has(ids: readonly number[]): boolean {
    return ids.every((id) => id >= this.size || this.blocks.has(titleBlockOf(id)));
  }

  /** Fetches the blocks the ids need; a block that fails to load or read is asked for again next time. */
  async load(ids: readonly number[]): Promise<void> {
    const wanted = new Set<number>();
    for (const id of ids) if (id < this.size && !this.blocks.has(titleBlockOf(id))) wanted.add(titleBlockOf(id));
    await Promise.all([...wanted].map((block) => this.loadOne(block)));
  }

  private loadOne(block: number): Promise<void> {
    let promise = this.pending.get(block);
    if (!promise) {
      promise = this.loadBlock(block)
        .then((data) => {
          const titles = decodeTitleBlock(data, block, this.size);
          if (titles) this.blocks.set(block, titles);
        })
        .finally(() => this.pending.delete(block));
      this.pending.set(block, promise);
    }
    return promise;
  }
}
