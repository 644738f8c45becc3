import type { EntityInfo } from '../../../shared/content-types';
import { foldText } from '../../../shared/text-fold';

export interface LetterGroup {
  /** "A" to "Z", or "#" for names that do not start with a Latin letter. */
  letter: string;
  entities: EntityInfo[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A to Z ignoring case and diacritics ("Évora" sits among the E's), grouped by first letter. */
export function groupByLetter(entities: readonly EntityInfo[]): LetterGroup[] {
  const sorted = [...entities].sort((a, b) => collator.compare(foldText(a.name), foldText(b.name)) || a.slug.localeCompare(b.slug));
  const groups = new Map<string, EntityInfo[]>();
  for (const entity of sorted) {
    const letter = initialOf(entity.name);
    const members = groups.get(letter);
    if (members) members.push(entity);
    else groups.set(letter, [entity]);
  }
  // Names starting with digits or other scripts would sort around the letters; readers look for them after "Z".
  const other = groups.get('#');
  groups.delete('#');
  const result = [...groups].map(([letter, members]) => ({ letter, entities: members }));
  return other ? [...result, { letter: '#', entities: other }] : result;
}

function initialOf(name: string): string {
  const first = foldText(name).match(/\p{L}|\p{N}/u)?.[0] ?? '';
  return /^[a-z]$/.test(first) ? first.toUpperCase() : '#';
}

/**
 * Entities whose name contains every word of the query, ignoring case and diacritics, so "muxtarli"
 * finds "Fuad Muxtarlı" and "le pen" finds "Marine Le Pen".
 */
export function filterEntities(entities: readonly EntityInfo[], query: string): EntityInfo[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entities];
  return entities.filter((entity) => {
    const name = foldText(entity.name);
    return words.every((word) => name.includes(word));
  });
}
