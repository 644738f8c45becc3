import { Link } from 'react-router-dom';
import type { SectionInfo } from '../../../shared/content-types';
import { sectionPath } from '../../../shared/paths';

interface SectionNavProps {
  sections: readonly SectionInfo[];
  totalCount: number;
  /** The section being shown, or the section of the article being read. */
  currentSlug: string | null;
  /** "page" on the section's own page, "true" when reading an article of it. */
  currentKind: 'page' | 'true' | null;
  homeIsCurrent: boolean;
  onNavigate?: () => void;
}

export function SectionNav({ sections, totalCount, currentSlug, currentKind, homeIsCurrent, onNavigate }: SectionNavProps) {
  return (
    <nav className="section-nav" aria-label="Sections">
      <h2 className="section-nav-title">Sections</h2>
      <ul>
        <li>
          <Link to="/" aria-current={homeIsCurrent ? 'page' : undefined} onClick={onNavigate}>
            <span className="section-name">All articles</span> <span className="count">{totalCount}</span>
          </Link>
        </li>
        {sections.map((section) => (
          <li key={section.slug}>
            <Link to={sectionPath(section.slug)} aria-current={section.slug === currentSlug && currentKind ? currentKind : undefined} onClick={onNavigate}>
              <span className="section-name">{section.name}</span> <span className="count">{section.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
