interface ImportMetaEnv {
  /** The site's public URL with its base path (`https://example.org/news/`), or '' when unknown; set by vite.config.ts. */
  readonly SITE_URL?: string;
}
