import { Link } from 'react-router-dom';

interface SiteHeaderProps {
  siteName: string;
  menuOpen: boolean;
  onOpenMenu: () => void;
}

export function SiteHeader({ siteName, menuOpen, onOpenMenu }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="section-drawer" onClick={onOpenMenu}>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span>Sections</span>
      </button>
      <Link to="/" className="site-name">
        {siteName}
      </Link>
    </header>
  );
}
