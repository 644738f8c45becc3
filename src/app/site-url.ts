/**
 * The site's public URL (SITE_URL at build time, with the base path), or null when the build was not told it.
 * Canonical links, Open Graph URLs and feed links are absolute only when it is known.
 */
const siteUrl: string | null = import.meta.env.SITE_URL || null;

/** The path the app is served under, always ending in `/`. */
export const basePath: string = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `/articles/x` → `https://example.org/news/articles/x`, or null without a site URL. */
export function absoluteUrl(appPath: string): string | null {
  return siteUrl ? siteUrl + appPath.replace(/^\//, '') : null;
}
