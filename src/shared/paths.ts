import type { EntityType } from './content-types';

/** Every in-app URL is built here, so features link to each other without importing each other. */
export const ENTITY_ROUTE: Record<EntityType, string> = {
  person: 'people',
  place: 'places',
  organization: 'organizations',
  topic: 'topics',
};

export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;
export const sectionPath = (slug: string) => `/sections/${encodeURIComponent(slug)}`;
export const entityPath = (type: EntityType, slug: string) => `/${ENTITY_ROUTE[type]}/${encodeURIComponent(slug)}`;
export const entityIndexPath = (type: EntityType) => `/${ENTITY_ROUTE[type]}`;

/** Page 1 of a list is the list's own address; later pages add `/page/<n>`. */
const paged = (base: string, page: number) => (page <= 1 ? base : `${base.replace(/\/$/, '')}/page/${page}`);
export const homePagePath = (page: number) => paged('/', page);
export const sectionPagePath = (slug: string, page: number) => paged(sectionPath(slug), page);
export const entityPagePath = (type: EntityType, slug: string, page: number) => paged(entityPath(type, slug), page);
