import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { ContentPluginApi } from '../vite-plugin';
import { prerenderSite } from './prerender-site';
import type { SiteOptions } from './site-options';

const SERVER_ENTRY = 'src/entry-server.tsx';
// Per process, so builds running side by side (tests, other out dirs) never import each other's server bundle.
const SERVER_OUT_DIR = `node_modules/.cache/newsreader/ssr-${process.pid}`;

/**
 * `vite build` builds the client, then the server entry (Vite's SSR build, so the virtual content modules
 * resolve), then renders every route into the client's output folder. One process, so the content plugin
 * reads the seeds once for both builds (shared plugin instances).
 */
export function prerenderPlugin(site: SiteOptions): Plugin {
  return {
    name: 'newsreader:prerender',
    config() {
      return {
        // Read by src/app/site-url.ts on the client and in the server build alike.
        define: { 'import.meta.env.SITE_URL': JSON.stringify(site.siteUrl ?? '') },
        builder: { sharedPlugins: true },
        environments: {
          ssr: {
            build: {
              outDir: SERVER_OUT_DIR,
              emptyOutDir: true,
              copyPublicDir: false,
              rollupOptions: { input: SERVER_ENTRY },
            },
          },
        },
      };
    },
    async buildApp(builder) {
      const { client, ssr } = builder.environments;
      if (!client || !ssr) throw new Error('The prerender needs the client and ssr build environments.');
      await builder.build(client);
      await builder.build(ssr);
      const root = builder.config.root;
      const outDir = path.resolve(root, client.config.build.outDir);
      const started = performance.now();
      const serverDir = path.resolve(root, SERVER_OUT_DIR);
      const content = builder.config.plugins.find((plugin) => plugin.name === 'newsreader:content')?.api as ContentPluginApi | undefined;
      if (!content) throw new Error('The prerender needs the content plugin (src/content/vite-plugin.ts) in the same build.');
      const result = await prerenderSite({ outDir, serverEntry: path.join(serverDir, 'entry-server.js'), site, corpus: content.corpus() }).finally(() => rm(serverDir, { recursive: true, force: true }));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      builder.config.logger.info(`prerender: ${result.pages} pages, ${result.files.includes('sitemap.xml') ? 'feeds, sitemap' : 'no feeds or sitemap (they need SITE_URL)'}, robots.txt in ${path.relative(root, outDir) || '.'}/ (${seconds} s)`);
    },
  };
}
