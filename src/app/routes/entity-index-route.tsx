import { useLoaderData } from 'react-router-dom';
import { EntityIndexPage } from '../../features/entities/components/entity-index-page';
import { entityTypeLabels } from '../../features/entities/lib/entity-types';
import type { EntityType } from '../../shared/content-types';
import type { EntityIndexData } from '../../shared/page-data';
import { loadEntityIndex } from '../content';
import { PageTitle } from '../page-title';
import { notFound } from './not-found';

/** Every person (place…) with its article count: one chunk per type. */
export function entityIndexLoader(type: EntityType) {
  return async (): Promise<EntityIndexData> => (await loadEntityIndex(type)) ?? notFound();
}

export function EntityIndexRoute() {
  const { type, entities } = useLoaderData<EntityIndexData>();
  return (
    <>
      <PageTitle title={entityTypeLabels(type).plural} />
      {/* Keyed by type so the filter box starts empty when moving from People to Places. */}
      <EntityIndexPage key={type} type={type} entities={entities} />
    </>
  );
}
