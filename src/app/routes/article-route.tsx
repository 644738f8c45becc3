import { useMemo } from 'react';
import { data, useLoaderData, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { ArticlePage } from '../../features/articles/components/article-page';
import { neighbours } from '../../features/articles/lib/neighbours';
import { useSearchHighlight } from '../../features/search/use-search-highlight';
import { PrintSource } from '../../features/print/components/print-source';
import { ReadingProgress } from '../../features/reading-progress/components/reading-progress';
import { RelatedArticles } from '../../features/related-articles/components/related-articles';
import { relatedArticles } from '../../features/related-articles/lib/related';
import { content, findArticle, loadArticleBody } from '../content';
import { PageTitle } from '../page-title';

export async function articleLoader({ params }: LoaderFunctionArgs) {
  const article = findArticle(params.slug);
  const body = article ? await loadArticleBody(article.slug) : null;
  if (!article || !body) throw data(null, { status: 404 });
  return { article, body };
}

export function ArticleRoute() {
  const { article, body } = useLoaderData<typeof articleLoader>();
  const { previous, next } = neighbours(content.articles, article.slug);
  const related = useMemo(() => relatedArticles(article, content.articles), [article]);
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
