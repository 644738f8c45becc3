import type { Plugin } from 'vite';

/**
 * Adds <link rel="preload"> for the body face's latin file to the built index.html (and so to every
 * prerendered page), so article text is not drawn twice once the font arrives. The file name carries a
 * content hash known only after bundling, hence a plugin rather than a line in index.html.
 */
export function preloadFontPlugin(pattern: RegExp): Plugin {
  let base = '/';
  return {
    name: 'newsreader:preload-font',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fileName = Object.keys(context.bundle ?? {}).find((name) => pattern.test(name));
        if (!fileName) return [];
        return [{ tag: 'link', attrs: { rel: 'preload', href: `${base}${fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' }];
      },
    },
  };
}
