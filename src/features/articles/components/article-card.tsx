import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../../shared/page-data';
import { articlePath } from '../../../shared/paths';
import { ArticleByline } from './article-byline';

export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <article className="article-card">
      <h2 className="article-card-title">
        <Link to={articlePath(article.slug)}>{article.title}</Link>
      </h2>
      <ArticleByline article={article} className="byline byline-compact" />
      {article.summary ? <p className="article-card-summary">{article.summary}</p> : null}
    </article>
  );
}
