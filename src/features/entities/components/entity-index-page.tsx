import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { EntityInfo, EntityType } from '../../../shared/content-types';
import { entityPath } from '../../../shared/paths';
import { filterEntities, groupByLetter } from '../lib/entity-index';
import { entityTypeLabels } from '../lib/entity-types';
import './entities.css';

interface EntityIndexPageProps {
  type: EntityType;
  /** Every entity of this type in the corpus. */
  entities: readonly EntityInfo[];
}

/** Every person (place, organisation, topic) A to Z with its article count, narrowed by a filter box. */
export function EntityIndexPage({ type, entities }: EntityIndexPageProps) {
  const labels = entityTypeLabels(type);
  const [query, setQuery] = useState('');
  const inputId = useId();
  const shown = useMemo(() => filterEntities(entities, query), [entities, query]);
  const groups = useMemo(() => groupByLetter(shown), [shown]);
  const filtering = query.trim() !== '';

  return (
    <div className="entity-index">
      <header className="page-header">
        <p className="page-kicker">Browse</p>
        <h1>{labels.plural}</h1>
        <p className="page-lede">
          {entities.length} {labels.pluralLower} found in the articles, A to Z, each with the number of articles that mention it.
        </p>
      </header>

      {entities.length === 0 ? (
        <p className="empty-state">No {labels.pluralLower} have been found in the articles yet.</p>
      ) : (
        <>
          <div className="entity-filter">
            <label htmlFor={inputId}>Filter {labels.pluralLower}</label>
            <input id={inputId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" spellCheck={false} />
            <p role="status" className="entity-filter-status">
              {filtering ? `${shown.length} of ${entities.length} ${labels.pluralLower} match “${query.trim()}”` : ''}
            </p>
          </div>

          {groups.length > 1 ? (
            <nav className="letter-jump" aria-label="Jump to letter">
              <ul>
                {groups.map((group) => (
                  <li key={group.letter}>
                    <a href={`#${letterId(type, group.letter)}`}>{group.letter}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}

          {groups.map((group) => (
            <section key={group.letter} className="letter-group" aria-labelledby={letterId(type, group.letter)}>
              <h2 id={letterId(type, group.letter)}>{group.letter}</h2>
              <ul className="entity-index-list">
                {group.entities.map((entity) => (
                  <li key={entity.slug}>
                    <Link to={entityPath(type, entity.slug)}>{entity.name}</Link>{' '}
                    <span className="count">
                      {entity.articleCount}
                      <span className="visually-hidden">{entity.articleCount === 1 ? ' article' : ' articles'}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}

function letterId(type: EntityType, letter: string): string {
  return `${type}-${letter === '#' ? 'other' : letter.toLowerCase()}`;
}
