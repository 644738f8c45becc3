import { Link } from 'react-router-dom';
import { pageWindow } from '../lib/page-window';
import './pagination.css';

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The in-app path of a page. */
  pathFor: (page: number) => string;
  /** Names the navigation landmark: "Pages of latest articles". */
  label: string;
  /** Words for the links to the pages before and after: lists by date read "Newer" and "Older". */
  previousLabel?: string;
  nextLabel?: string;
}

/** Links between the pages of a long list: before and after (rel="prev"/"next") and page numbers. */
export function Pagination({ page, pageCount, pathFor, label, previousLabel = 'Newer', nextLabel = 'Older' }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link className="pagination-step" to={pathFor(page - 1)} rel="prev">
          <span aria-hidden="true">← </span>
          {previousLabel}
        </Link>
      ) : null}
      <ol className="pagination-pages">
        {pageWindow(page, pageCount).map((item) =>
          item.kind === 'gap' ? (
            <li key={item.key} className="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item.page}>
              <Link to={pathFor(item.page)} aria-current={item.page === page ? 'page' : undefined} aria-label={`Page ${item.page}`}>
                {item.page}
              </Link>
            </li>
          ),
        )}
      </ol>
      {page < pageCount ? (
        <Link className="pagination-step" to={pathFor(page + 1)} rel="next">
          {nextLabel}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </nav>
  );
}
