import { Link } from 'react-router-dom';
import type { ArticleLink } from '../../../shared/page-data';
import { articlePath } from '../../../shared/paths';

export function PrevNextLinks({ previous, next }: { previous: ArticleLink | null; next: ArticleLink | null }) {
  if (!previous && !next) return null;
  return (
    <nav className="prev-next" aria-label="More articles">
      {previous ? (
        <Link className="prev-next-link prev" to={articlePath(previous.slug)} rel="prev">
          <span className="prev-next-label">Previous article</span>
          <span className="prev-next-title">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className="prev-next-link next" to={articlePath(next.slug)} rel="next">
          <span className="prev-next-label">Next article</span>
          <span className="prev-next-title">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
