import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../../src/content/parse/parse-article';
import { DEFAULT_SECTION_WORDS } from '../../../src/content/section-words';
import type { ParseResult, ParsedArticle } from '../../../src/content/types';

export const OPTIONS = { sectionWords: DEFAULT_SECTION_WORDS };

export function parseBytes(bytes: Uint8Array, file = 'seeds/test.txt'): ParseResult {
  return parseArticle({ file, bytes }, OPTIONS);
}

export function parseText(text: string, file = 'seeds/test.txt'): ParseResult {
  return parseBytes(new TextEncoder().encode(text), file);
}

export function readFixture(name: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
}

export function parseFixture(name: string): ParseResult {
  return parseBytes(readFixture(name), `tests/content/parse/fixtures/${name}`);
}

/** The article, failing the test when there is none. */
export function articleOf(result: ParseResult): ParsedArticle {
  if (result.article === null) throw new Error(`expected an article, got ${JSON.stringify(result.problems)}`);
  return result.article;
}

/** Problems as "severity code@line", compact enough to assert exactly. */
export function codes(result: ParseResult): string[] {
  return result.problems.map((p) => `${p.severity} ${p.code}@${p.line ?? '-'}`);
}

export function texts(article: ParsedArticle, kind: 'heading' | 'paragraph'): string[] {
  return article.blocks.filter((b) => b.kind === kind).map((b) => b.text);
}
