import { describe, expect, it } from 'vitest';
import { fillTemplate, htmlFileFor, splitHoisted } from '../../../src/content/prerender/html-page';
import { normalizeBase, resolveSiteOptions } from '../../../src/content/prerender/site-options';

const TEMPLATE = `<!doctype html><html><head><meta charset="UTF-8" /><script type="module" src="/news/assets/index-abc.js"></script><title>Newsreader</title></head><body><div id="root"></div></body></html>`;

describe('putting a rendered route into the built index.html', () => {
  it('moves the hoisted head elements into <head>, replacing the default title, and keeps the asset tags', () => {
    const { head, body } = splitHoisted('<title>A &amp; B · Site</title><meta name="description" content="d"/><link rel="canonical" href="https://x/a"/><a class="skip-link" href="#main">Skip</a><main><h1>A</h1></main>');
    expect(head).toBe('<title>A &amp; B · Site</title><meta name="description" content="d"/><link rel="canonical" href="https://x/a"/>');
    expect(body).toBe('<a class="skip-link" href="#main">Skip</a><main><h1>A</h1></main>');
    const page = fillTemplate(TEMPLATE, { head, body, renderedFor: '/articles/a' });
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page).toContain('<script type="module" src="/news/assets/index-abc.js"></script>');
    expect(page.indexOf('<link rel="canonical"')).toBeLessThan(page.indexOf('</head>'));
    expect(page).toContain('<div id="root" data-prerendered="/articles/a"><a class="skip-link"');
  });

  it('moves JSON-LD out of the page body into <head>', () => {
    const { head, body } = splitHoisted('<title>T</title><main><script type="application/ld+json">{"headline":"\\u003c/script>"}</script><h1>T</h1></main>');
    expect(head).toBe('<title>T</title><script type="application/ld+json">{"headline":"\\u003c/script>"}</script>');
    expect(body).toBe('<main><h1>T</h1></main>');
  });

  it('never reads replacement patterns in page text', () => {
    const page = fillTemplate(TEMPLATE, { head: '', body: '<p>costs $& and $1</p>', renderedFor: '/' });
    expect(page).toContain('<p>costs $& and $1</p>');
  });

  it('fails loudly when the template has no empty #root', () => {
    expect(() => fillTemplate('<html><body></body></html>', { head: '', body: '', renderedFor: '/' })).toThrow(/#root|id="root"/);
  });

  it('writes each route as a folder with index.html, and refuses paths that escape the output', () => {
    expect(htmlFileFor('/')).toBe('index.html');
    expect(htmlFileFor('/articles/a-b')).toBe('articles/a-b/index.html');
    expect(htmlFileFor('/people/ana-g%C3%B3mez')).toBe('people/ana-gómez/index.html');
    expect(() => htmlFileFor('/articles/%2E%2E')).toThrow();
    expect(() => htmlFileFor('/articles/a%2Fb')).toThrow();
  });
});

describe('where the site lives', () => {
  it('normalises BASE_PATH and takes the sub-path from SITE_URL when BASE_PATH is unset', () => {
    expect(normalizeBase('news')).toBe('/news/');
    expect(normalizeBase('/a//b/')).toBe('/a/b/');
    expect(normalizeBase('')).toBe('/');
    expect(resolveSiteOptions({})).toEqual({ base: '/', siteUrl: null });
    expect(resolveSiteOptions({ SITE_URL: 'https://me.github.io/repo' })).toEqual({ base: '/repo/', siteUrl: 'https://me.github.io/repo/' });
    expect(resolveSiteOptions({ SITE_URL: 'https://example.org/ignored/', BASE_PATH: '/news' })).toEqual({ base: '/news/', siteUrl: 'https://example.org/news/' });
  });

  it('rejects values that would produce broken links', () => {
    expect(() => resolveSiteOptions({ SITE_URL: 'example.org' })).toThrow(/absolute URL/);
    expect(() => resolveSiteOptions({ SITE_URL: 'ftp://example.org' })).toThrow(/https/);
    expect(() => normalizeBase('https://example.org/news/')).toThrow(/not a URL/);
    expect(() => normalizeBase('/a/../b')).toThrow();
  });
});
