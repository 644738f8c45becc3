import { useLoaderData } from 'react-router-dom';
import { SearchPage } from '../../features/search/components/search-page';
import { decodeSearchCatalog, type SearchCatalog } from '../../shared/search-catalog';
import { content, loadArticleBody, loadSearchCatalog, loadSearchSource, loadTitleBlock } from '../content';
import { PageTitle } from '../page-title';

let decoded: { raw: unknown; catalog: SearchCatalog } | null = null;

/** The search page's own data, loaded on this page only; decoded once, however often the page is visited. */
export async function searchLoader(): Promise<SearchCatalog> {
  const raw = await loadSearchCatalog();
  const cached = decoded;
  if (cached && cached.raw === raw) return cached.catalog;
  const catalog = decodeSearchCatalog(raw);
  if (!catalog) throw new Error('The search data could not be read.');
  decoded = { raw, catalog };
  return catalog;
}

/** The catalog does not depend on the query string: a filter change must not load it again (or wait for it). */
export function searchShouldRevalidate({ currentUrl, nextUrl }: { currentUrl: URL; nextUrl: URL }): boolean {
  return currentUrl.pathname !== nextUrl.pathname;
}

export function SearchRoute() {
  // Typed arrays inside: read as the loader returned it, not through the router's JSON-shaped typing.
  const catalog = useLoaderData() as SearchCatalog;
  return (
    <>
      <PageTitle title="Search" description={`Search and filter ${content.articleCount} articles by person, topic, place, section, author and date.`} />
      <SearchPage catalog={catalog} loadSource={loadSearchSource} loadTitles={loadTitleBlock} loadBody={loadArticleBody} />
    </>
  );
}
