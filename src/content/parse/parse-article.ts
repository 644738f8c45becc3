import type { Block } from '../../shared/content-types';
import type { ParseOptions, ParseResult, ParsedArticle } from '../types';
import { chooseDate } from './choose-date';
import { isSubheading } from './classify-block';
import { decodeText } from './decode-text';
import { readFrontMatter } from './front-matter';
import { headingIdAllocator } from './heading-ids';
import { error, inFile, warning, type Issue } from './issue';
import { readHeader } from './read-header';
import { splitBlocks } from './split-blocks';
import { splitLines } from './split-lines';
import { MAX_TITLE_LENGTH } from './title';

export interface SeedFile {
  /** Path used in problems, e.g. "seeds/politics/x.txt". */
  file: string;
  bytes: Uint8Array;
}

/**
 * Reads one seed file. Never throws: a file that cannot become an article gives `article:
 * null` and at least one error; a published article carries only warnings.
 */
export function parseArticle(input: SeedFile, options: ParseOptions): ParseResult {
  try {
    const { article, issues } = parse(input.bytes, options);
    return { article, problems: inFile(input.file, issues) };
  } catch (e) {
    // One malformed seed must not stop the whole build; a parser bug surfaces as this error.
    const reason = e instanceof Error ? e.message : String(e);
    return {
      article: null,
      problems: inFile(input.file, [
        error('parser-failure', undefined, `The parser failed on this file: ${reason}.`, 'This is a bug in the seed parser; report it together with this file.'),
      ]),
    };
  }
}

function parse(bytes: Uint8Array, options: ParseOptions): { article: ParsedArticle | null; issues: Issue[] } {
  const decoded = decodeText(bytes);
  if (decoded.kind === 'binary') {
    return fail(
      error(
        'not-text',
        undefined,
        `The file looks binary, not like text: ${decoded.reason}.`,
        'Export the article as plain text in UTF-8 (a UTF-16 file without a byte-order mark also looks binary), or move this file out of the seeds folder.',
      ),
    );
  }
  const issues: Issue[] = [];
  if (decoded.fallback !== null) {
    const byte = decoded.fallback.byte.toString(16).toUpperCase().padStart(2, '0');
    issues.push(
      warning(
        'invalid-utf8',
        decoded.fallback.line,
        `The file is not valid UTF-8 (byte 0x${byte} on line ${decoded.fallback.line}); it was read as Windows-1252 (Latin-1).`,
        'Check that accented letters and symbols such as "£" look right, then re-save the file as UTF-8.',
      ),
    );
  }
  const text = decoded.text;
  if (text.trim() === '') {
    return fail(
      error(
        'empty-file',
        undefined,
        text === '' ? 'The file is empty.' : 'The file contains only whitespace.',
        'Write the title on the first line, a blank line, then the article text; or delete the file.',
      ),
    );
  }

  const lines = splitLines(text);
  const frontMatter = readFrontMatter(lines);
  issues.push(...frontMatter.issues);
  const fields = frontMatter.fields;
  const header = readHeader(lines, frontMatter.bodyStart, fields.title, options.sectionWords);
  const title = fields.title ?? header.title?.text ?? null;
  const titleLine = fields.title !== null ? frontMatter.keyLines.get('title') : header.title?.line;

  const rawBlocks = splitBlocks(lines, header.bodyStart);
  if (title === null || rawBlocks.length === 0) {
    issues.push(
      title === null
        ? error('no-body', undefined, 'The file has front matter but no title and no article text.', 'Add the article text after the closing "---" line: a title line, a blank line, then the paragraphs.')
        : error(
            'no-body',
            titleLine,
            `The article "${title.slice(0, 80)}" has a title but no text.`,
            'Add the paragraphs after the title (and byline), separated from it and from each other by blank lines.',
          ),
    );
    return { article: null, issues };
  }

  if (header.title?.derived === true && fields.title === null) {
    issues.push(
      warning(
        'missing-title',
        header.title.line,
        `The first line is a ${(lines[header.title.line - 1] ?? '').trim().length}-character sentence, not a title, so the title "${title}" was made from its first words.`,
        'Put a short headline on the first line, followed by a blank line, or set "title:" in front matter.',
      ),
    );
  } else if (title.length > MAX_TITLE_LENGTH) {
    issues.push(
      warning(
        'long-title',
        titleLine,
        `The title is ${title.length} characters long, more than ${MAX_TITLE_LENGTH}.`,
        'Shorten the title to a headline and move the rest into the first paragraph.',
      ),
    );
  }

  const date = chooseDate(
    [
      { source: 'front matter', found: fields.date },
      { source: 'byline', found: header.byline?.date ? { reading: header.byline.date, line: header.byline.line } : null },
      { source: 'dateline', found: header.dateline },
    ],
    issues,
  );

  const nextId = headingIdAllocator();
  const blocks: Block[] = rawBlocks.map((raw) => {
    const blockText = raw.lines.join(' ');
    return isSubheading(raw.lines) ? { kind: 'heading', id: nextId(blockText), text: blockText } : { kind: 'paragraph', text: blockText };
  });

  return {
    article: {
      title,
      author: fields.author ?? header.byline?.author ?? null,
      section: fields.section ?? header.byline?.section ?? null,
      date,
      summary: fields.summary,
      slug: fields.slug,
      blocks,
      frontMatter: frontMatter.data,
      blockLines: rawBlocks.map((raw) => raw.line),
    },
    issues,
  };
}

function fail(issue: Issue): { article: null; issues: Issue[] } {
  return { article: null, issues: [issue] };
}
