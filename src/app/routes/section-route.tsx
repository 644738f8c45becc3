import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { ArticleList } from '../../features/articles/components/article-list';
import { Pagination } from '../../features/pagination/components/pagination';
import { parsePageParam } from '../../shared/data-keys';
import { sectionPagePath } from '../../shared/paths';
import { findSection, loadListPage } from '../content';
import { PageTitle } from '../page-title';
import { notFound } from './not-found';

export async function sectionLoader({ params }: LoaderFunctionArgs) {
  const section = findSection(params.section);
  const page = parsePageParam(params.page);
  const list = section && page !== null ? await loadListPage(section.slug, page) : null;
  return list && section ? { section, list } : notFound();
}

export function SectionRoute() {
  const { section, list } = useLoaderData<typeof sectionLoader>();
  return (
    <>
      <PageTitle title={list.page > 1 ? `${section.name}, page ${list.page}` : section.name} />
      <header className="page-header">
        <p className="page-kicker">Section</p>
        <h1>{section.name}</h1>
        <p className="page-lede">
          {list.total} {list.total === 1 ? 'article' : 'articles'}, newest first.{list.pageCount > 1 ? ` Page ${list.page} of ${list.pageCount}.` : ''}
        </p>
      </header>
      <ArticleList articles={list.articles} label={`Articles in ${section.name}`} />
      <Pagination page={list.page} pageCount={list.pageCount} pathFor={(page) => sectionPagePath(section.slug, page)} label={`Pages of ${section.name}`} />
    </>
  );
}
