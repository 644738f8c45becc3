import type { ReactNode } from 'react';
import type { ArticleSummary, EntityArticle } from '../../../shared/page-data';

interface EntityArticleListProps {
  articles: readonly EntityArticle[];
  name: string;
  renderArticle: (article: ArticleSummary) => ReactNode;
  /** The number of the first item, on later pages of a long list. */
  start?: number;
}

export function EntityArticleList({ articles, name, renderArticle, start }: EntityArticleListProps) {
  return (
    <ol className="entity-articles" start={start} aria-label={`Articles mentioning ${name}`}>
      {articles.map(({ article, mentions }) => (
        <li key={article.slug}>
          <p className="entity-mention-count">{mentions === 1 ? 'Mentioned once' : `Mentioned ${mentions} times`}</p>
          {renderArticle(article)}
        </li>
      ))}
    </ol>
  );
}
