import { useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { ArticlePage } from '../../features/articles/components/article-page';
import { useSearchHighlight } from '../../features/search/use-search-highlight';
import { PrintSource } from '../../features/print/components/print-source';
import { ReadingProgress } from '../../features/reading-progress/components/reading-progress';
import { RelatedArticles } from '../../features/related-articles/components/related-articles';
import type { ArticlePageData } from '../../shared/page-data';
import { loadArticlePage } from '../content';
import { PageTitle } from '../page-title';
import { notFound } from './not-found';

/** The article route's id: the layout reads its loader data to mark the article's section in the sidebar. */
export const ARTICLE_ROUTE_ID = 'article';

/** One chunk per article: its text, its facts, its neighbours and its related articles (ranked at build time). */
export async function articleLoader({ params }: LoaderFunctionArgs): Promise<ArticlePageData> {
  const page = params.slug === undefined ? null : await loadArticlePage(params.slug);
  return page ?? notFound();
}

export function ArticleRoute() {
  const { article, body, previous, next, related } = useLoaderData<typeof articleLoader>();
  // Opened from search results: ?highlight=words marks them and scrolls to the first.
  const markText = useSearchHighlight(useSearchParams()[0].get('highlight'), article.slug);
  return (
    <>
      <PageTitle title={article.title} description={article.summary} article={article} />
      <ArticlePage
        key={article.slug}
        article={article}
        body={body}
        previous={previous}
        next={next}
        beforeText={
          <>
            <PrintSource />
            <ReadingProgress slug={article.slug} textSelector=".article-text" />
          </>
        }
        afterText={<RelatedArticles related={related} />}
        markText={markText}
      />
    </>
  );
}
