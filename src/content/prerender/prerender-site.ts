import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { articlePath } from '../../shared/paths';
import type { Corpus } from '../build-corpus';
import { buildFeeds } from '../feeds/build-feeds';
import { buildRobots, buildSitemap } from '../feeds/sitemap';
import { fillTemplate, htmlFileFor, splitHoisted } from './html-page';
import type { SiteOptions } from './site-options';

/** What src/entry-server.tsx exports once built by Vite's SSR build. */
interface ServerEntry {
  listPaths(): { paths: string[]; uncovered: string[] };
  renderPath(appPath: string): Promise<{ status: number; html: string }>;
}

/**
 * Node's own import(). With `--configLoader runner` this file is run by Vite's module runner, which rewrites
 * import() to its own loader and closes it once the config is read; the server bundle and its per-article
 * chunks are plain ESM that Node loads directly.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** A path no route has, so the catch-all renders the not-found page for 404.html. */
const NOT_FOUND_PROBE = '/404.html';

export interface PrerenderResult {
  pages: number;
  files: string[];
}

/**
 * Writes one HTML file per route (and 404.html) into the client build, plus feeds, sitemap and robots.txt.
 * Pages are rendered by the app itself (React Router's static handler + react-dom/static), so the HTML is what
 * the client hydrates.
 */
export async function prerenderSite({ outDir, serverEntry, site, corpus }: { outDir: string; serverEntry: string; site: SiteOptions; corpus: Corpus }): Promise<PrerenderResult> {
  const entry = (await nativeImport(pathToFileURL(serverEntry).href)) as ServerEntry;
  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const { paths, uncovered } = entry.listPaths();
  if (uncovered.length > 0) {
    throw new Error(`No prerendered pages for the route(s) ${uncovered.join(', ')}: give them paths in src/app/static-paths.ts, or every deep link to them will 404 on a static host.`);
  }

  const files: string[] = [];
  const write = async (file: string, text: string) => {
    const target = path.join(outDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    files.push(file);
  };

  for (const appPath of paths) {
    const page = await entry.renderPath(appPath);
    if (page.status !== 200) throw new Error(`Prerendering ${appPath} gave status ${page.status}; every listed path should render a page.`);
    await write(htmlFileFor(appPath), fillTemplate(template, { ...splitHoisted(page.html), renderedFor: appPath }));
  }
  // The catch-all route renders it (with status 200 inside the router); the host sends 404.html with a 404.
  const notFound = await entry.renderPath(NOT_FOUND_PROBE);
  await write('404.html', fillTemplate(template, { ...splitHoisted(notFound.html), renderedFor: '*' }));

  if (site.siteUrl) {
    // Feeds and sitemaps need absolute links, so they are written only when the build knows the site's URL.
    // From the content plugin's corpus in this same process: the client's chunks hold no list of every article.
    const { index, bodies } = corpus;
    const feeds = buildFeeds({ siteName: index.siteName, articles: index.articles, bodies, siteUrl: site.siteUrl, fallbackDate: new Date(0) });
    for (const [file, text] of Object.entries(feeds)) await write(file, text);

    const lastmod = new Map(index.articles.map((article) => [articlePath(article.slug), article.date ?? undefined]));
    const sitemap = await buildSitemap(site.siteUrl, paths.map((appPath) => ({ path: appPath, lastmod: lastmod.get(appPath) })));
    await write('sitemap.xml', sitemap);
  }
  await write('robots.txt', buildRobots(site.siteUrl));
  return { pages: paths.length + 1, files };
}
