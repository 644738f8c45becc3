/** Where the built site will live: its public URL (optional) and the path it is served under. */
export interface SiteOptions {
  /** Always starts and ends with `/`: `/`, `/news/`. */
  base: string;
  /** The site's public origin and base, ending in `/` (`https://example.org/news/`), or null when unknown. */
  siteUrl: string | null;
}

/**
 * BASE_PATH sets the sub-path; without it, the path of SITE_URL is used, so `SITE_URL=https://me.github.io/repo/`
 * alone is enough for a GitHub Pages project site. Invalid values fail the build rather than produce broken links.
 */
export function resolveSiteOptions(env: NodeJS.ProcessEnv = process.env): SiteOptions {
  const rawUrl = env.SITE_URL?.trim();
  let url: URL | null = null;
  if (rawUrl) {
    try {
      url = new URL(rawUrl);
    } catch {
      throw new Error(`SITE_URL "${rawUrl}" is not an absolute URL. Write it as https://example.org or https://example.org/news/.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${rawUrl}" must start with https:// or http://.`);
  }
  const rawBase = env.BASE_PATH?.trim();
  const base = normalizeBase(rawBase || url?.pathname || '/');
  return { base, siteUrl: url ? `${url.origin}${base}` : null };
}

export function normalizeBase(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    throw new Error(`BASE_PATH "${value}" must be a path such as /news/, not a URL (put the origin in SITE_URL).`);
  }
  const segments = value.split('/').filter(Boolean);
  if (segments.some((segment) => segment === '.' || segment === '..')) throw new Error(`BASE_PATH "${value}" must not contain . or .. segments.`);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
