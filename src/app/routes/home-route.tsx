import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { ArticleList } from '../../features/articles/components/article-list';
import { Pagination } from '../../features/pagination/components/pagination';
import { parsePageParam } from '../../shared/data-keys';
import { homePagePath } from '../../shared/paths';
import { content, loadListPage } from '../content';
import { PageTitle } from '../page-title';
import { notFound } from './not-found';

export async function homeLoader({ params }: LoaderFunctionArgs) {
  const page = parsePageParam(params.page);
  const list = page === null ? null : await loadListPage(null, page);
  return list ?? notFound();
}

export function HomeRoute() {
  const list = useLoaderData<typeof homeLoader>();
  const count = content.articleCount;
  return (
    <>
      <PageTitle title={list.page > 1 ? `Latest articles, page ${list.page}` : undefined} />
      <header className="page-header">
        <h1>Latest articles</h1>
        <p className="page-lede">
          {count} {count === 1 ? 'article' : 'articles'}, newest first.{list.pageCount > 1 ? ` Page ${list.page} of ${list.pageCount}.` : ''}
        </p>
      </header>
      <ArticleList articles={list.articles} label="Articles" />
      <Pagination page={list.page} pageCount={list.pageCount} pathFor={homePagePath} label="Pages of latest articles" />
    </>
  );
}
