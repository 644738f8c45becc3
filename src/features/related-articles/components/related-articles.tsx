import { Link } from 'react-router-dom';
import { articlePath } from '../../../shared/paths';
import type { RelatedArticle } from '../lib/related';
import './related-articles.css';

/** Further reading at the end of an article: others about the same people and topics. */
export function RelatedArticles({ related }: { related: readonly RelatedArticle[] }) {
  if (related.length === 0) return null;
  return (
    <section className="related-articles" aria-labelledby="related-articles-title">
      <h2 id="related-articles-title">Related articles</h2>
      <ul className="related-articles-list">
        {related.map(({ article, shared }) => (
          <li key={article.slug}>
            <Link className="related-article-title" to={articlePath(article.slug)}>
              {article.title}
            </Link>
            <p className="related-article-shared">
              <span className="visually-hidden">Shares: </span>
              {shared.slice(0, 3).join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
