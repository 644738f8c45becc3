/**
 * The second build the deploy tests run against: the site under a sub-path, with a site URL, as on GitHub Pages.
 * scripts/run-e2e.ts builds it; tests/e2e/deploy.test.ts serves it on this exact port because the site URL
 * (canonical links, feeds, sitemap) is baked in at build time.
 */
export const SUBPATH_SITE = {
  outDir: '.cache/e2e-subpath',
  base: '/news/',
  port: 4318,
  get siteUrl() {
    return `http://127.0.0.1:${this.port}${this.base}`;
  },
};
