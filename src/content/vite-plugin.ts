import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import type { ContentProblemView } from '../shared/content-types';
import { buildCorpus, type Corpus } from './build-corpus';
import { resolveContentConfig, type ContentConfig, type ContentOptions } from './config';
import { applyStrict, countBySeverity, formatProblem, formatSummary } from './problems';
import { buildSearchData, type SearchData } from './search/build-search-index';
import { INDEX_ID, BODIES_ID, BODY_PREFIX, SEARCH_ID, SEARCH_CHUNK_PREFIX, bodyModuleId } from './virtual-ids';

const RESOLVED = '\0';

/**
 * Reads the seeds folder at build time and serves it to the client as typed data:
 * a small index in the first load, and each article body as its own lazily imported chunk.
 * Nothing of the parsing or NLP code reaches the browser.
 */
export function contentPlugin(options: ContentOptions = {}): Plugin {
  let config: ContentConfig;
  let command: ResolvedConfig['command'] = 'build';
  let corpus: Corpus | null = null;
  let problems: ReturnType<typeof applyStrict> = [];
  let searchData: SearchData | null = null;

  const load = (): Corpus => {
    if (corpus) return corpus;
    corpus = buildCorpus(config);
    searchData = null;
    problems = applyStrict(corpus.problems, config.strict);
    for (const problem of problems) console.error(formatProblem(problem, process.stderr.isTTY));
    if (command === 'serve') console.info(summaryLine(corpus, problems));
    return corpus;
  };

  return {
    name: 'newsreader:content',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolveContentConfig(resolved.root, options);
      command = resolved.command;
    },
    buildStart() {
      load();
    },
    resolveId(id) {
      if (id === INDEX_ID || id === BODIES_ID || id === SEARCH_ID || id.startsWith(BODY_PREFIX) || id.startsWith(SEARCH_CHUNK_PREFIX)) return RESOLVED + id;
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const virtualId = id.slice(RESOLVED.length);
      const data = load();
      if (virtualId === INDEX_ID) {
        const devProblems: ContentProblemView[] =
          command === 'serve' ? problems.map(({ severity, file, line, message, hint }) => ({ severity, file, line, message, hint })) : [];
        return `export default ${JSON.stringify({ ...data.index, problems: devProblems })};`;
      }
      if (virtualId === BODIES_ID) {
        const entries = [...data.bodies.keys()].map((slug) => `${JSON.stringify(slug)}: () => import(${JSON.stringify(bodyModuleId(slug))})`);
        return `export const bodyLoaders = {\n${entries.join(',\n')}\n};`;
      }
      if (virtualId === SEARCH_ID || virtualId.startsWith(SEARCH_CHUNK_PREFIX)) {
        searchData ??= buildSearchData(data.index.articles.map((meta) => ({ meta, body: data.bodies.get(meta.slug) ?? { slug: meta.slug, blocks: [], mentions: [] } })));
        if (virtualId === SEARCH_ID) {
          // Each chunk is its own module, fetched only when a query word falls into it.
          const loaders = searchData.chunks.map((_, i) => `() => import(${JSON.stringify(SEARCH_CHUNK_PREFIX + i)})`);
          return `export const manifest = ${JSON.stringify(searchData.manifest)};\nexport const chunkLoaders = [\n${loaders.join(',\n')}\n];`;
        }
        const chunk = searchData.chunks[Number(virtualId.slice(SEARCH_CHUNK_PREFIX.length))] ?? null;
        // JSON.parse of a string literal is faster to load than the same object as JavaScript.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(chunk))});`;
      }
      if (virtualId.startsWith(BODY_PREFIX)) {
        const slug = decodeURIComponent(virtualId.slice(BODY_PREFIX.length));
        const body = data.bodies.get(slug);
        if (!body) return `export default null;`;
        return `export default ${JSON.stringify(body)};`;
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
