import { Link } from 'react-router-dom';
import { articlePath } from '../../../shared/paths';
import type { RelatedLink } from '../../../shared/page-data';
import './related-articles.css';

/** Further reading at the end of an article: others about the same people and topics. */
export function RelatedArticles({ related }: { related: readonly RelatedLink[] }) {
  if (related.length === 0) return null;
  return (
    <section className="related-articles" aria-labelledby="related-articles-title">
      <h2 id="related-articles-title">Related articles</h2>
      <ul className="related-articles-list">
        {related.map(({ slug, title, shared }) => (
          <li key={slug}>
            <Link className="related-article-title" to={articlePath(slug)}>
              {title}
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
