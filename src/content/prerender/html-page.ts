/** Elements React emits ahead of the app's markup for <head> (titles, meta, links, preloads). */
const HOISTED = /^(?:<title>[^<]*<\/title>|<meta\s[^>]*\/?>|<link\s[^>]*\/?>)/;
const ROOT = '<div id="root"></div>';

/** JSON-LD blocks; their JSON has every `<` escaped, so the first `<` is the closing tag. */
const JSON_LD = /<script type="application\/ld\+json">[^<]*<\/script>/g;

/** Splits React's output into the head elements (hoisted ones, then JSON-LD) and the markup that goes inside #root. */
export function splitHoisted(html: string): { head: string; body: string } {
  let rest = html;
  let head = '';
  for (let match = HOISTED.exec(rest); match; match = HOISTED.exec(rest)) {
    head += match[0];
    rest = rest.slice(match[0].length);
  }
  const jsonLd = rest.match(JSON_LD) ?? [];
  return { head: head + jsonLd.join(''), body: rest.replace(JSON_LD, '') };
}

export interface PageParts {
  head: string;
  body: string;
  /** The in-app path the markup was rendered for, or `*` for the not-found page; the client hydrates only when it matches. */
  renderedFor: string;
}

/** Puts a rendered route into the built index.html, keeping its hashed script and stylesheet tags. */
export function fillTemplate(template: string, { head, body, renderedFor }: PageParts): string {
  if (!template.includes(ROOT)) throw new Error(`The built index.html has no ${ROOT} to prerender into.`);
  const withoutTitle = template.replace(/<title>[^<]*<\/title>\s*/, '');
  const withHead = withoutTitle.replace('</head>', `${head}\n  </head>`);
  // A function replacement, so `$&` and friends in article text are never read as patterns.
  return withHead.replace(ROOT, () => `<div id="root" data-prerendered="${escapeAttribute(renderedFor)}">${body}</div>`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** `/` → `index.html`, `/articles/x` → `articles/x/index.html`: the layout every static host serves without rewrites. */
export function htmlFileFor(appPath: string): string {
  const segments = appPath.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes('/') || segment.includes('\\'))) {
    throw new Error(`Refusing to write a page for the path ${appPath}.`);
  }
  return [...segments, 'index.html'].join('/');
}
