import type { ArticleMeta } from '../../../shared/content-types';
import { ArticleCard } from './article-card';

export function ArticleList({ articles, label }: { articles: readonly ArticleMeta[]; label: string }) {
  if (articles.length === 0) return <p className="empty-state">No articles yet.</p>;
  return (
    <ol className="article-list" aria-label={label}>
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} />
        </li>
      ))}
    </ol>
  );
}
