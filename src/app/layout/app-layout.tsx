import { useState } from 'react';
import { Outlet, ScrollRestoration, matchPath, useLocation, useRouteLoaderData } from 'react-router-dom';
import { BrowseNav } from '../../features/entities/components/browse-nav';
import { SectionNav } from '../../features/sections/components/section-nav';
import type { ArticlePageData } from '../../shared/page-data';
import { content } from '../content';
import { ARTICLE_ROUTE_ID } from '../routes/article-route';
import { browseCounts, currentBrowse } from './browse-state';
import { DevProblems } from './dev-problems';
import { RouteAnnouncer } from './route-announcer';
import { SidebarDrawer } from './sidebar-drawer';
import { SiteHeader } from './site-header';

export function AppLayout() {
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  // `/*`: a section's later pages (`/sections/x/page/2`) belong to it too.
  const sectionSlug = matchPath('/sections/:section/*', pathname)?.params.section ?? null;
  // The article being read, from its route's own data: no global list of articles is needed for it.
  const articleSection = (useRouteLoaderData(ARTICLE_ROUTE_ID) as ArticlePageData | undefined)?.article.sectionSlug ?? null;

  const nav = (onNavigate?: () => void) => (
    <SectionNav
      sections={content.sections}
      totalCount={content.articleCount}
      currentSlug={sectionSlug ?? articleSection}
      currentKind={sectionSlug ? 'page' : articleSection ? 'true' : null}
      homeIsCurrent={pathname === '/' || matchPath('/page/:page', pathname) !== null}
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
          {content.siteName} · {content.articleCount} {content.articleCount === 1 ? 'article' : 'articles'}
        </p>
      </footer>
      <RouteAnnouncer />
      <ScrollRestoration />
    </>
  );
}
