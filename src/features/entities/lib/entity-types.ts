import type { EntityType } from '../../../shared/content-types';

export interface EntityTypeLabels {
  type: EntityType;
  /** "Person": the kicker above an entity's name. */
  singular: string;
  /** "People": index page titles and the browse menu. */
  plural: string;
  /** "people": inside sentences ("12 people"). */
  pluralLower: string;
}

/** In the order readers meet them: the browse menu, the article's chips and co-occurrence lists all follow it. */
export const ENTITY_TYPES: readonly EntityTypeLabels[] = [
  { type: 'person', singular: 'Person', plural: 'People', pluralLower: 'people' },
  { type: 'place', singular: 'Place', plural: 'Places', pluralLower: 'places' },
  { type: 'organization', singular: 'Organisation', plural: 'Organisations', pluralLower: 'organisations' },
  { type: 'topic', singular: 'Topic', plural: 'Topics', pluralLower: 'topics' },
];

export function entityTypeLabels(type: EntityType): EntityTypeLabels {
  const found = ENTITY_TYPES.find((labels) => labels.type === type);
  if (!found) throw new Error(`Unknown entity type ${type}`);
  return found;
}
