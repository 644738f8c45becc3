import { Link, useLocation } from 'react-router-dom';
import { HeaderSearch } from '../../features/search/components/header-search';
import { ReaderTools } from './reader-tools';

interface SiteHeaderProps {
  siteName: string;
  menuOpen: boolean;
  onOpenMenu: () => void;
}

export function SiteHeader({ siteName, menuOpen, onOpenMenu }: SiteHeaderProps) {
  // The search page has its own, larger box with the same id.
  const onSearchPage = useLocation().pathname === '/search';
  return (
    <header className="site-header">
      <button type="button" className="header-button menu-button" aria-expanded={menuOpen} aria-controls="section-drawer" onClick={onOpenMenu}>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="header-button-text">Sections</span>
      </button>
      <Link to="/" className="site-name">
        {siteName}
      </Link>
      {onSearchPage ? null : <HeaderSearch />}
      <div className="header-tools">
        <ReaderTools />
      </div>
    </header>
  );
}
