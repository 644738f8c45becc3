import { ArticleList } from '../../features/articles/components/article-list';
import { content } from '../content';
import { PageTitle } from '../page-title';

export function HomeRoute() {
  return (
    <>
      <PageTitle />
      <header className="page-header">
        <h1>Latest articles</h1>
        <p className="page-lede">
          {content.articles.length} {content.articles.length === 1 ? 'article' : 'articles'}, newest first.
        </p>
      </header>
      <ArticleList articles={content.articles} label="Articles" />
    </>
  );
}
