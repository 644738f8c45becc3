import { matchPath } from 'react-router-dom';
import { ENTITY_TYPES } from '../../features/entities/lib/entity-types';
import type { EntityType } from '../../shared/content-types';
import { ENTITY_ROUTE } from '../../shared/paths';
import { content } from '../content';

/** How many people, places, organisations and topics the corpus has, for the browse menu. */
export const browseCounts: Readonly<Record<EntityType, number>> = content.entityCounts;

/** Which browse link the current page belongs to: its index ("page") or one of its entities ("true"). */
export function currentBrowse(pathname: string): { type: EntityType; kind: 'page' | 'true' } | null {
  for (const { type } of ENTITY_TYPES) {
    if (matchPath(`/${ENTITY_ROUTE[type]}`, pathname)) return { type, kind: 'page' };
    if (matchPath(`/${ENTITY_ROUTE[type]}/:slug`, pathname)) return { type, kind: 'true' };
  }
  return null;
}
