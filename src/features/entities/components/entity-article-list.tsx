import type { ReactNode } from 'react';
import type { ArticleMeta } from '../../../shared/content-types';
import type { EntityArticle } from '../lib/entity-articles';

interface EntityArticleListProps {
  articles: readonly EntityArticle[];
  name: string;
  renderArticle: (article: ArticleMeta) => ReactNode;
}

export function EntityArticleList({ articles, name, renderArticle }: EntityArticleListProps) {
  return (
    <ol className="entity-articles" aria-label={`Articles mentioning ${name}`}>
      {articles.map(({ article, mentions }) => (
        <li key={article.slug}>
          <p className="entity-mention-count">{mentions === 1 ? 'Mentioned once' : `Mentioned ${mentions} times`}</p>
          {renderArticle(article)}
        </li>
      ))}
    </ol>
  );
}
