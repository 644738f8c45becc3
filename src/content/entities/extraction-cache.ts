import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Block } from '../../shared/content-types';
import type { ArticleExtraction } from './candidate';
import { EXTRACTOR_VERSION } from './extract-article';

const FILE = 'entity-extractions.json';

/** Hash of everything extraction reads: a changed article gets a new hash, others keep theirs. */
export function extractionHash(title: string, blocks: readonly Block[], frontMatterEntities: unknown): string {
  return createHash('sha1').update(JSON.stringify([EXTRACTOR_VERSION, title, blocks, frontMatterEntities])).digest('hex');
}

/**
 * One JSON file holding the extraction of every article by content hash. A missing, unreadable
 * or corrupt file just means a cold build; saving keeps only entries used this run, so the file
 * does not grow with deleted articles.
 */
export class ExtractionCache {
  private readonly old = new Map<string, ArticleExtraction>();
  private readonly used = new Map<string, ArticleExtraction>();
  private changed = false;

  constructor(private readonly dir: string | undefined) {
    if (!dir) return;
    try {
      const data: unknown = JSON.parse(fs.readFileSync(path.join(dir, FILE), 'utf8'));
      if (isCacheFile(data)) for (const [hash, value] of Object.entries(data.entries)) this.old.set(hash, value);
    } catch {
      // No cache yet, or a damaged one: extract everything again.
    }
  }

  get(hash: string): ArticleExtraction | undefined {
    const found = this.old.get(hash);
    if (found) this.used.set(hash, found);
    return found;
  }

  set(hash: string, value: ArticleExtraction): void {
    this.used.set(hash, value);
    this.changed = true;
  }

  save(): void {
    if (!this.dir || (!this.changed && this.used.size === this.old.size)) return;
    fs.mkdirSync(this.dir, { recursive: true });
    const target = path.join(this.dir, FILE);
    const temp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify({ version: EXTRACTOR_VERSION, entries: Object.fromEntries(this.used) }));
    fs.renameSync(temp, target);
  }
}

function isCacheFile(data: unknown): data is { version: string; entries: Record<string, ArticleExtraction> } {
  if (typeof data !== 'object' || data === null) return false;
  const { version, entries } = data as { version?: unknown; entries?: unknown };
  if (version !== EXTRACTOR_VERSION || typeof entries !== 'object' || entries === null) return false;
  return Object.values(entries).every((e: unknown) => typeof e === 'object' && e !== null && Array.isArray((e as ArticleExtraction).names) && Array.isArray((e as ArticleExtraction).topics));
}
