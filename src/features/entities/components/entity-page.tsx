import type { ReactNode } from 'react';
import type { ArticleMeta, EntityInfo, EntityType } from '../../../shared/content-types';
import type { CoOccurrence } from '../lib/co-occurrence';
import type { EntityArticle } from '../lib/entity-articles';
import { entityTypeLabels } from '../lib/entity-types';
import { EntityArticleList } from './entity-article-list';
import { RelatedEntities } from './related-entities';
import './entities.css';

interface EntityPageProps {
  entity: EntityInfo;
  articles: readonly EntityArticle[];
  related: ReadonlyMap<EntityType, readonly CoOccurrence[]>;
  /** How one article is shown in the list; the app passes the same card the home page uses. */
  renderArticle: (article: ArticleMeta) => ReactNode;
}

export function EntityPage({ entity, articles, related, renderArticle }: EntityPageProps) {
  const labels = entityTypeLabels(entity.type);
  const mentions = articles.reduce((sum, entry) => sum + entry.mentions, 0);
  return (
    <div className="entity-page">
      <header className="page-header">
        <p className="page-kicker">{labels.singular}</p>
        <h1>{entity.name}</h1>
        <p className="page-lede">
          {plural(mentions, 'mention')} in {plural(articles.length, 'article')}, most mentions first.
        </p>
      </header>
      <div className="entity-page-columns">
        <EntityArticleList articles={articles} name={entity.name} renderArticle={renderArticle} />
        <RelatedEntities name={entity.name} related={related} />
      </div>
    </div>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
