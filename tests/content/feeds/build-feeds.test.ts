import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildFeeds } from '../../../src/content/feeds/build-feeds';
import type { ArticleBody, ArticleMeta } from '../../../src/shared/content-types';

const xml = new XMLParser({ ignoreAttributes: false });
const SITE = 'https://example.org/news/';

function article(slug: string, overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return { slug, title: `Title ${slug}`, author: 'Ann Writer', section: 'World', sectionSlug: 'world', date: '2021-01-11', summary: `Summary of ${slug}.`, wordCount: 100, source: `${slug}.txt`, entities: [], ...overrides };
}

const articles = [article('newest', { date: '2022-03-04' }), article('older', { author: null, title: 'Tom & Jerry <script>alert(1)</script>' }), article('undated', { date: null })];
const bodies = new Map<string, ArticleBody>([
  ['newest', { slug: 'newest', blocks: [{ kind: 'heading', id: 'a', text: 'A heading' }, { kind: 'paragraph', text: 'First <b>paragraph</b> & more.' }], mentions: [] }],
  ['older', { slug: 'older', blocks: [{ kind: 'paragraph', text: 'Older text.' }], mentions: [] }],
  ['undated', { slug: 'undated', blocks: [{ kind: 'paragraph', text: 'No date.' }], mentions: [] }],
]);
const feeds = buildFeeds({ siteName: 'The Paper', articles, bodies, siteUrl: SITE, fallbackDate: new Date(0) });

describe('feeds of every article, in full', () => {
  it('writes RSS 2.0 with absolute links, full escaped text and the newest date as the channel date', () => {
    const { rss } = xml.parse(feeds['feed.xml']) as { rss: { '@_version': string; channel: { link: string; lastBuildDate: string; item: Record<string, unknown>[] } } };
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.link).toBe(SITE);
    expect(new Date(rss.channel.lastBuildDate).toISOString()).toBe('2022-03-04T00:00:00.000Z');
    expect(rss.channel.item.map((item) => item.link)).toEqual([`${SITE}articles/newest`, `${SITE}articles/older`, `${SITE}articles/undated`]);
    expect(rss.channel.item[0]?.['content:encoded']).toBe('<h2>A heading</h2>\n<p>First &lt;b&gt;paragraph&lt;/b&gt; &amp; more.</p>');
    expect(rss.channel.item[1]?.title).toBe('Tom & Jerry <script>alert(1)</script>');
  });

  it('writes Atom 1.0 with one entry per article', () => {
    const { feed } = xml.parse(feeds['atom.xml']) as { feed: { '@_xmlns': string; entry: { id: string; author?: { name: string } }[] } };
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entry.map((entry) => entry.id)).toEqual([`${SITE}articles/newest`, `${SITE}articles/older`, `${SITE}articles/undated`]);
    expect(feed.entry[0]?.author?.name).toBe('Ann Writer');
    expect(feed.entry[1]?.author).toBeUndefined();
  });

  it('writes JSON Feed 1.1: authors lists, language, dates and full HTML', () => {
    const json = JSON.parse(feeds['feed.json']) as { version: string; language: string; feed_url: string; items: { id: string; url: string; authors?: { name: string }[]; author?: unknown; date_published: string; content_html: string; summary: string; tags: string[] }[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('en');
    expect(json.feed_url).toBe(`${SITE}feed.json`);
    const [newest, older, undated] = json.items;
    expect(newest).toMatchObject({ id: `${SITE}articles/newest`, url: `${SITE}articles/newest`, authors: [{ name: 'Ann Writer' }], date_published: '2022-03-04T00:00:00.000Z', summary: 'Summary of newest.', tags: ['World'] });
    expect(newest?.author).toBeUndefined();
    expect(newest?.content_html).toContain('<h2>A heading</h2>');
    expect(older?.authors).toBeUndefined();
    // An undated article is stamped with the feed's date so every format stays valid.
    expect(undated?.date_published).toBe('2022-03-04T00:00:00.000Z');
  });
});
