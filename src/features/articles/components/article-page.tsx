import type { ArticleBody, ArticleMeta, HeadingBlock } from '../../../shared/content-types';
import { ArticleByline } from './article-byline';
import { ArticleEntities } from './article-entities';
import { ArticleText } from './article-text';
import { OnThisPage } from './on-this-page';
import { PrevNextLinks } from './prev-next-links';

interface ArticlePageProps {
  article: ArticleMeta;
  body: ArticleBody;
  previous: ArticleMeta | null;
  next: ArticleMeta | null;
}

export function ArticlePage({ article, body, previous, next }: ArticlePageProps) {
  const headings = body.blocks.filter((block): block is HeadingBlock => block.kind === 'heading');
  return (
    <div className="article-layout">
      <article className="article" aria-labelledby="article-title">
        <header className="article-header">
          <h1 id="article-title" tabIndex={-1}>
            {article.title}
          </h1>
          <ArticleByline article={article} />
        </header>
        <OnThisPage headings={headings} />
        <ArticleText body={body} entities={article.entities} />
        <ArticleEntities entities={article.entities} />
      </article>
      <PrevNextLinks previous={previous} next={next} />
    </div>
  );
}
