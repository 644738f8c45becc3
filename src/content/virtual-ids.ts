/** Ids of the virtual modules the content plugin serves; src/virtual-content.d.ts types them for the client. */
export const INDEX_ID = 'virtual:content';
export const BODIES_ID = 'virtual:content/bodies';
export const SEARCH_ID = 'virtual:content/search';
export const SEARCH_CHUNK_PREFIX = 'virtual:content/search/chunk/';
export const BODY_PREFIX = 'virtual:content/body/';

export function bodyModuleId(slug: string): string {
  return BODY_PREFIX + encodeURIComponent(slug);
}
