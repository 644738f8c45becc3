import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { ArticlePage } from '../../features/articles/components/article-page';
import { neighbours } from '../../features/articles/lib/neighbours';
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
  return (
    <>
      <PageTitle title={article.title} />
      <ArticlePage key={article.slug} article={article} body={body} previous={previous} next={next} />
    </>
  );
}
