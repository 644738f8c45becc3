import type { ArticleSummary } from '../../../shared/page-data';
import { ArticleCard } from './article-card';

export function ArticleList({ articles, label }: { articles: readonly ArticleSummary[]; label: string }) {
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
