import { Link } from 'react-router-dom';
import type { EntityType } from '../../../shared/content-types';
import { entityPath } from '../../../shared/paths';
import type { CoOccurrence } from '../../../shared/page-data';
import { entityTypeLabels } from '../lib/entity-types';

interface RelatedEntitiesProps {
  name: string;
  /** Per type, in display order: a Map or its entries. */
  related: Iterable<readonly [EntityType, readonly CoOccurrence[]]>;
}

/** The people and topics that share the most articles with this entity. */
export function RelatedEntities({ name, related }: RelatedEntitiesProps) {
  const groups = [...related].filter(([, entries]) => entries.length > 0);
  return (
    <aside className="related-entities" aria-labelledby="related-entities-title">
      <h2 id="related-entities-title">Often mentioned with {name}</h2>
      {groups.length === 0 ? <p className="empty-state">No other people or topics appear in the same articles.</p> : null}
      {groups.map(([type, entries]) => {
        const { plural } = entityTypeLabels(type);
        const headingId = `related-${type}`;
        return (
          <section key={type} aria-labelledby={headingId}>
            <h3 id={headingId}>{plural}</h3>
            <ul className="related-list">
              {entries.map((entry) => (
                <li key={entry.slug}>
                  <Link to={entityPath(entry.type, entry.slug)}>{entry.name}</Link>{' '}
                  <span className="count">
                    {entry.articles}
                    <span className="visually-hidden">{entry.articles === 1 ? ' shared article' : ' shared articles'}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
