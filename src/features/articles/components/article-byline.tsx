import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../../../shared/page-data';
import { sectionPath } from '../../../shared/paths';
import { formatReadingTime } from '../../../shared/reading-time';
import { formatDate } from '../../../shared/format-date';

/** Author, section, date and reading time: the same facts on cards and on the article page. */
export function ArticleByline({ article, className = 'byline' }: { article: ArticleSummary; className?: string }) {
  return (
    <p className={className}>
      {article.author ? (
        <span className="byline-author">
          <span className="visually-hidden">By </span>
          <bdi>{article.author}</bdi>
        </span>
      ) : null}
      <Link className="byline-section" to={sectionPath(article.sectionSlug)}>
        {article.section}
      </Link>
      {article.date ? <time dateTime={article.date}>{formatDate(article.date)}</time> : null}
      <span className="byline-reading-time">{formatReadingTime(article.wordCount)}</span>
    </p>
  );
}
