import { useParams } from 'react-router-dom';
import { ArticleCard } from '../../features/articles/components/article-card';
import { EntityPage } from '../../features/entities/components/entity-page';
import { coOccurring } from '../../features/entities/lib/co-occurrence';
import { articlesMentioning } from '../../features/entities/lib/entity-articles';
import type { EntityInfo, EntityType } from '../../shared/content-types';
import { content } from '../content';
import { PageTitle } from '../page-title';
import { NotFoundRoute } from './not-found-route';

const RELATED_LIMIT = 8;

const byKey = new Map<string, EntityInfo>(content.entities.map((entity) => [`${entity.type}:${entity.slug}`, entity]));

export function EntityRoute({ type }: { type: EntityType }) {
  const { slug } = useParams();
  const entity = slug === undefined ? undefined : byKey.get(`${type}:${slug}`);
  if (!entity) return <NotFoundRoute />;
  const articles = articlesMentioning(content.articles, type, entity.slug);
  const related = coOccurring(content.articles, type, entity.slug, { types: ['person', 'topic'], limit: RELATED_LIMIT });
  return (
    <>
      <PageTitle title={entity.name} />
      <EntityPage key={`${type}:${entity.slug}`} entity={entity} articles={articles} related={related} renderArticle={(article) => <ArticleCard article={article} />} />
    </>
  );
}
