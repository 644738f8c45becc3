import { useState } from 'react';
import { Outlet, ScrollRestoration, matchPath, useLocation } from 'react-router-dom';
import { BrowseNav } from '../../features/entities/components/browse-nav';
import { SectionNav } from '../../features/sections/components/section-nav';
import { content, findArticle } from '../content';
import { browseCounts, currentBrowse } from './browse-state';
import { DevProblems } from './dev-problems';
import { RouteAnnouncer } from './route-announcer';
import { SidebarDrawer } from './sidebar-drawer';
import { SiteHeader } from './site-header';

export function AppLayout() {
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const sectionSlug = matchPath('/sections/:section', pathname)?.params.section ?? null;
  const articleSlug = matchPath('/articles/:slug', pathname)?.params.slug;
  const articleSection = findArticle(articleSlug)?.sectionSlug ?? null;

  const nav = (onNavigate?: () => void) => (
    <SectionNav
      sections={content.sections}
      totalCount={content.articles.length}
      currentSlug={sectionSlug ?? articleSection}
      currentKind={sectionSlug ? 'page' : articleSection ? 'true' : null}
      homeIsCurrent={pathname === '/'}
      onNavigate={onNavigate}
    />
  );
  const browse = (onNavigate?: () => void) => <BrowseNav counts={browseCounts} current={currentBrowse(pathname)} onNavigate={onNavigate} />;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader siteName={content.siteName} menuOpen={menuOpen} onOpenMenu={() => setMenuOpen(true)} />
      <div className="shell">
        <aside className="sidebar">
          {nav()}
          {browse()}
        </aside>
        <main id="main" className="main" tabIndex={-1}>
          <DevProblems problems={content.problems} />
          <Outlet />
        </main>
      </div>
      <SidebarDrawer open={menuOpen} onClose={() => setMenuOpen(false)}>
        {nav(() => setMenuOpen(false))}
        {browse(() => setMenuOpen(false))}
      </SidebarDrawer>
      <footer className="site-footer">
        <p>
          {content.siteName} · {content.articles.length} {content.articles.length === 1 ? 'article' : 'articles'}
        </p>
      </footer>
      <RouteAnnouncer />
      <ScrollRestoration />
    </>
  );
}
