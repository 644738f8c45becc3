import { Link } from 'react-router-dom';
import type { EntityType } from '../../../shared/content-types';
import { entityIndexPath } from '../../../shared/paths';
import { ENTITY_TYPES } from '../lib/entity-types';
import './entities.css';

interface BrowseNavProps {
  /** Number of entities of each type in the corpus. */
  counts: Readonly<Record<EntityType, number>>;
  /** The type whose index ("page") or one of whose entity pages ("true") is shown, if any. */
  current: { type: EntityType; kind: 'page' | 'true' } | null;
  onNavigate?: () => void;
}

/** Links to the people, places, organisations and topics indexes, beside the sections. */
export function BrowseNav({ counts, current, onNavigate }: BrowseNavProps) {
  return (
    <nav className="section-nav browse-nav" aria-label="Browse">
      <h2 className="section-nav-title">Browse</h2>
      <ul>
        {ENTITY_TYPES.map(({ type, plural }) => (
          <li key={type}>
            <Link to={entityIndexPath(type)} aria-current={type === current?.type ? current.kind : undefined} onClick={onNavigate}>
              <span className="section-name">{plural}</span> <span className="count">{counts[type]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
