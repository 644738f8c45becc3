import { EntityIndexPage } from '../../features/entities/components/entity-index-page';
import { entityTypeLabels } from '../../features/entities/lib/entity-types';
import type { EntityType } from '../../shared/content-types';
import { content } from '../content';
import { PageTitle } from '../page-title';

export function EntityIndexRoute({ type }: { type: EntityType }) {
  return (
    <>
      <PageTitle title={entityTypeLabels(type).plural} />
      {/* Keyed by type so the filter box starts empty when moving from People to Places. */}
      <EntityIndexPage key={type} type={type} entities={content.entities.filter((entity) => entity.type === type)} />
    </>
  );
}
