import type { ReactNode } from 'react';
import type { EntityInfo, EntityType } from '../../../shared/content-types';
import type { ArticleSummary, CoOccurrence, EntityArticle } from '../../../shared/page-data';
import { entityTypeLabels } from '../lib/entity-types';
import { EntityArticleList } from './entity-article-list';
import { RelatedEntities } from './related-entities';
import './entities.css';

interface EntityPageProps {
  entity: EntityInfo;
  /** The articles on this page of the list. */
  articles: readonly EntityArticle[];
  /** Over every page of the list; by default, those of `articles`. */
  totals?: { articles: number; mentions: number };
  /** Number of the first article shown, on later pages. */
  start?: number;
  related: Iterable<readonly [EntityType, readonly CoOccurrence[]]>;
  /** How one article is shown in the list; the app passes the same card the home page uses. */
  renderArticle: (article: ArticleSummary) => ReactNode;
  /** Links to the other pages of a long list. */
  pagination?: ReactNode;
}

export function EntityPage({ entity, articles, totals, start, related, renderArticle, pagination }: EntityPageProps) {
  const labels = entityTypeLabels(entity.type);
  const mentions = totals?.mentions ?? articles.reduce((sum, entry) => sum + entry.mentions, 0);
  const articleCount = totals?.articles ?? articles.length;
  return (
    <div className="entity-page">
      <header className="page-header">
        <p className="page-kicker">{labels.singular}</p>
        <h1>{entity.name}</h1>
        <p className="page-lede">
          {plural(mentions, 'mention')} in {plural(articleCount, 'article')}, most mentions first.
        </p>
      </header>
      <div className="entity-page-columns">
        <div className="entity-page-list">
          <EntityArticleList articles={articles} name={entity.name} renderArticle={renderArticle} start={start} />
          {pagination}
        </div>
        <RelatedEntities name={entity.name} related={related} />
      </div>
    </div>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
