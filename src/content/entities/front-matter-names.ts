import type { EntityType } from '../../shared/content-types';
import type { ContentProblem } from '../types';
import type { EditorName } from './gather-names';

const FIELDS: readonly [string, EntityType][] = [
  ['people', 'person'],
  ['places', 'place'],
  ['organizations', 'organization'],
  ['organisations', 'organization'],
  ['topics', 'topic'],
];

/** The entity lists an article's front matter declares, as hashed into the extraction cache key. */
export function frontMatterEntityFields(frontMatter: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field] of FIELDS) if (field in frontMatter) out[field] = frontMatter[field];
  return out;
}

/** Names listed in front matter (`people: [..]`), with a warning for each list of the wrong shape. */
export function frontMatterNames(frontMatter: Record<string, unknown>, file: string): { names: EditorName[]; problems: ContentProblem[] } {
  const names: EditorName[] = [];
  const problems: ContentProblem[] = [];
  for (const [field, type] of FIELDS) {
    const value = frontMatter[field];
    if (value === undefined || value === null) continue;
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && v.trim() !== '')) {
      problems.push({
        severity: 'warning',
        code: 'front-matter-entities-wrong-type',
        file,
        message: `"${field}" in the front matter of ${file} must be a list of names; it was ignored.`,
        hint: `Write it as ${field}: [First Name, Second Name].`,
      });
      continue;
    }
    for (const name of list as string[]) names.push({ name: name.trim(), type, pinned: true });
  }
  return { names, problems };
}
