import type { ReactNode } from 'react';
import type { ArticleBody, ArticleMeta, HeadingBlock } from '../../../shared/content-types';
import type { ArticleLink } from '../../../shared/page-data';
import { ArticleByline } from './article-byline';
import { ArticleEntities } from './article-entities';
import { ArticleText, type MarkText } from './article-text';
import { OnThisPage } from './on-this-page';
import { PrevNextLinks } from './prev-next-links';

interface ArticlePageProps {
  article: ArticleMeta;
  body: ArticleBody;
  previous: ArticleLink | null;
  next: ArticleLink | null;
  /** Composed in by the app: shown under the header (reading aids) and after the article (further reading). */
  beforeText?: ReactNode;
  afterText?: ReactNode;
  /** Words to mark in the text, e.g. those a search matched. */
  markText?: MarkText;
}

export function ArticlePage({ article, body, previous, next, beforeText, afterText, markText }: ArticlePageProps) {
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
        {beforeText}
        <OnThisPage headings={headings} />
        <ArticleText body={body} entities={article.entities} markText={markText} />
        <ArticleEntities entities={article.entities} />
      </article>
      {afterText}
      <PrevNextLinks previous={previous} next={next} />
    </div>
  );
}
