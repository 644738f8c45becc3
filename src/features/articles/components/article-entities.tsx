import { Link } from 'react-router-dom';
import type { ArticleEntity, EntityType } from '../../../shared/content-types';
import { entityPath } from '../../../shared/paths';

const GROUPS: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'place', label: 'Places' },
  { type: 'organization', label: 'Organisations' },
  { type: 'topic', label: 'Topics' },
];

/** The people, places, organisations and topics found in the article, each a link to its page. */
export function ArticleEntities({ entities }: { entities: readonly ArticleEntity[] }) {
  if (entities.length === 0) return null;
  return (
    <section className="article-entities" aria-labelledby="article-entities-title">
      <h2 id="article-entities-title">In this article</h2>
      {GROUPS.map(({ type, label }) => {
        const members = entities.filter((entity) => entity.type === type);
        if (members.length === 0) return null;
        return (
          <div key={type} className="entity-group">
            <h3>{label}</h3>
            <ul className="chip-list">
              {members.map((entity) => (
                <li key={entity.slug}>
                  <Link className={`chip chip-${type}`} to={entityPath(type, entity.slug)}>
                    {entity.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
