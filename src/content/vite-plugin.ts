import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import type { ContentProblemView } from '../shared/content-types';
import { buildCorpus, type Corpus } from './build-corpus';
import { resolveContentConfig, type ContentConfig, type ContentOptions } from './config';
import { applyStrict, countBySeverity, formatProblem, formatSummary } from './problems';
import { SHARD_TABLES, shardCount, shardOf } from '../shared/data-keys';
import type { SiteIndex } from '../shared/page-data';
import { buildSiteData, type SiteData } from './pages/site-data';
import { buildSearchData, type SearchData } from './search/build-search-index';
import {
  CATALOG_ID,
  DATA_ID,
  INDEX_ID,
  ITEM_PREFIX,
  PATHS_ID,
  SEARCH_CHUNK_PREFIX,
  SEARCH_ID,
  SHARD_PREFIX,
  SHARD_TABLE_PREFIX,
  TITLE_BLOCK_PREFIX,
  TITLES_ID,
  isContentModule,
  itemModuleId,
} from './virtual-ids';

const RESOLVED = '\0';

/** What the plugin offers other plugins in the same build (the prerender writes feeds from it). */
export interface ContentPluginApi {
  corpus(): Corpus;
}

/** JSON.parse of a string literal is faster to load than the same object as JavaScript. */
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value ?? null))});`;
}

/**
 * Reads the seeds folder at build time and serves it to the client as typed data: a small index in the first
 * load (its size does not depend on the number of articles), and each page's data as its own lazily imported
 * chunk, found through a fixed number of shard modules. Nothing of the parsing or NLP code reaches the browser.
 */
export function contentPlugin(options: ContentOptions = {}): Plugin<ContentPluginApi> {
  let config: ContentConfig;
  let command: ResolvedConfig['command'] = 'build';
  let corpus: Corpus | null = null;
  let problems: ReturnType<typeof applyStrict> = [];
  let searchData: SearchData | null = null;
  let siteData: SiteData | null = null;
  let shards: string[][] | null = null;

  const load = (): Corpus => {
    if (corpus) return corpus;
    corpus = buildCorpus(config);
    searchData = null;
    siteData = null;
    shards = null;
    problems = applyStrict(corpus.problems, config.strict);
    for (const problem of problems) console.error(formatProblem(problem, process.stderr.isTTY));
    if (command === 'serve') console.info(summaryLine(corpus, problems));
    return corpus;
  };

  return {
    name: 'newsreader:content',
    enforce: 'pre',
    api: {
      corpus: () => load(),
    },
    configResolved(resolved) {
      config = resolveContentConfig(resolved.root, options);
      command = resolved.command;
    },
    buildStart() {
      load();
    },
    resolveId(id) {
      return isContentModule(id) ? RESOLVED + id : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const virtualId = id.slice(RESOLVED.length);
      const data = load();
      siteData ??= buildSiteData(data, config.pageSize);
      const site = siteData;
      if (virtualId === INDEX_ID) {
        const devProblems: ContentProblemView[] =
          command === 'serve' ? problems.map(({ severity, file, line, message, hint }) => ({ severity, file, line, message, hint })) : [];
        const index: SiteIndex = { ...site.index, problems: devProblems };
        return `export default ${JSON.stringify(index)};`;
      }
      if (virtualId === DATA_ID) {
        const tables = Array.from({ length: SHARD_TABLES }, (_, i) => `() => import(${JSON.stringify(SHARD_TABLE_PREFIX + i)})`);
        return `export const shardCount = ${shardCount(site.items.size)};\nexport const tableLoaders = [\n${tables.join(',\n')}\n];`;
      }
      if (virtualId.startsWith(SHARD_TABLE_PREFIX)) {
        const table = Number(virtualId.slice(SHARD_TABLE_PREFIX.length));
        const entries: string[] = [];
        for (let shard = table; shard < shardCount(site.items.size); shard += SHARD_TABLES) entries.push(`${shard}: () => import(${JSON.stringify(SHARD_PREFIX + shard)})`);
        return `export default {\n${entries.join(',\n')}\n};`;
      }
      if (virtualId.startsWith(SHARD_PREFIX)) {
        if (!shards) {
          const count = shardCount(site.items.size);
          const built: string[][] = Array.from({ length: count }, () => []);
          for (const key of site.items.keys()) built[shardOf(key, count)]!.push(key);
          shards = built;
        }
        const keys = shards[Number(virtualId.slice(SHARD_PREFIX.length))] ?? [];
        const entries = keys.map((key) => `${JSON.stringify(key)}: () => import(${JSON.stringify(itemModuleId(key))})`);
        return `export default {\n${entries.join(',\n')}\n};`;
      }
      if (virtualId.startsWith(ITEM_PREFIX)) {
        const make = site.items.get(decodeURIComponent(virtualId.slice(ITEM_PREFIX.length)));
        return jsonModule(make ? make() : null);
      }
      if (virtualId === CATALOG_ID) return jsonModule(site.catalog());
      if (virtualId === TITLES_ID) {
        const loaders = site.titleBlocks().map((_, i) => `() => import(${JSON.stringify(TITLE_BLOCK_PREFIX + i)})`);
        return `export const blockLoaders = [\n${loaders.join(',\n')}\n];`;
      }
      if (virtualId.startsWith(TITLE_BLOCK_PREFIX)) return jsonModule(site.titleBlocks()[Number(virtualId.slice(TITLE_BLOCK_PREFIX.length))] ?? null);
      if (virtualId === PATHS_ID) return `export default ${JSON.stringify(site.paths)};`;
      if (virtualId === SEARCH_ID || virtualId.startsWith(SEARCH_CHUNK_PREFIX)) {
        searchData ??= buildSearchData(data.index.articles.map((meta) => ({ meta, body: data.bodies.get(meta.slug) ?? { slug: meta.slug, blocks: [], mentions: [] } })));
        if (virtualId === SEARCH_ID) {
          // Each chunk is its own module, fetched only when a query word falls into it.
          const loaders = searchData.chunks.map((_, i) => `() => import(${JSON.stringify(SEARCH_CHUNK_PREFIX + i)})`);
          return `export const manifest = ${JSON.stringify(searchData.manifest)};\nexport const chunkLoaders = [\n${loaders.join(',\n')}\n];`;
        }
        return jsonModule(searchData.chunks[Number(virtualId.slice(SEARCH_CHUNK_PREFIX.length))]);
      }
      return null;
    },
    configureServer(server) {
      server.watcher.add(config.seedsDir);
      const onChange = (file: string) => {
        const relative = path.relative(config.seedsDir, file);
        if (relative.startsWith('..') || path.isAbsolute(relative)) return;
        corpus = null;
        invalidateVirtualModules(server);
        load();
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onChange);
    },
    closeBundle() {
      // The prerender's server build shares this plugin instance: report once, for the client build.
      if (command !== 'build' || !corpus || this.environment?.name === 'ssr') return;
      console.info(summaryLine(corpus, problems));
      const { errors } = countBySeverity(problems);
      if (errors > 0) {
        // Thrown after the bundle is written: every good article is in dist/, yet the build fails.
        throw new Error(`${errors} content ${errors === 1 ? 'error' : 'errors'} (listed above). The other articles were written to ${path.relative(config.root, path.resolve(config.root, 'dist')) || 'dist'}.`);
      }
    },
  };
}

function summaryLine(corpus: Corpus, problems: ReturnType<typeof applyStrict>): string {
  const { errors, warnings } = countBySeverity(problems);
  return formatSummary({ articles: corpus.index.articles.length, sections: corpus.index.sections.length, errors, warnings });
}

function invalidateVirtualModules(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    for (const module of graph.idToModuleMap.values()) {
      if (module.id?.startsWith(RESOLVED + INDEX_ID)) graph.invalidateModule(module);
    }
  }
}
