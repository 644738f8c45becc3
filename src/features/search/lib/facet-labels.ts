import type { FacetKey } from './filter-state';

/** Display order and names of the facet groups. */
export const FACET_GROUPS: readonly { key: FacetKey; label: string; noun: string }[] = [
  { key: 'section', label: 'Sections', noun: 'section' },
  { key: 'person', label: 'People', noun: 'person' },
  { key: 'topic', label: 'Topics', noun: 'topic' },
  { key: 'place', label: 'Places', noun: 'place' },
  { key: 'organization', label: 'Organisations', noun: 'organisation' },
  { key: 'author', label: 'Authors', noun: 'author' },
  { key: 'year', label: 'Years', noun: 'year' },
];
