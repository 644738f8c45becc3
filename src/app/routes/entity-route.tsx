import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import { ArticleCard } from '../../features/articles/components/article-card';
import { EntityPage } from '../../features/entities/components/entity-page';
import { Pagination } from '../../features/pagination/components/pagination';
import type { EntityType } from '../../shared/content-types';
import { parsePageParam } from '../../shared/data-keys';
import type { EntityPageData } from '../../shared/page-data';
import { entityPagePath } from '../../shared/paths';
import { loadEntityPage } from '../content';
import { PageTitle } from '../page-title';
import { notFound } from './not-found';

/** A person's (place's…) articles, a page at a time, with who and what is mentioned alongside (found at build time). */
export function entityLoader(type: EntityType) {
  return async ({ params }: LoaderFunctionArgs): Promise<EntityPageData> => {
    const page = parsePageParam(params.page);
    const data = params.slug === undefined || page === null ? null : await loadEntityPage(type, params.slug, page);
    return data ?? notFound();
  };
}

export function EntityRoute() {
  const { entity, articles, related, page, pageCount, pageSize, total, mentionTotal } = useLoaderData<EntityPageData>();
  return (
    <>
      <PageTitle title={page > 1 ? `${entity.name}, page ${page}` : entity.name} />
      <EntityPage
        key={`${entity.type}:${entity.slug}`}
        entity={entity}
        articles={articles}
        totals={{ articles: total, mentions: mentionTotal }}
        start={page > 1 ? (page - 1) * pageSize + 1 : undefined}
        related={related}
        renderArticle={(article) => <ArticleCard article={article} />}
        pagination={
          <Pagination
            page={page}
            pageCount={pageCount}
            pathFor={(n) => entityPagePath(entity.type, entity.slug, n)}
            label={`Pages of articles mentioning ${entity.name}`}
            previousLabel="More mentions"
            nextLabel="Fewer mentions"
          />
        }
      />
    </>
  );
}
