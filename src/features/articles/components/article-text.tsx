import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleBody, ArticleEntity, Mention } from '../../../shared/content-types';
import { entityPath } from '../../../shared/paths';
import { HighlightedText, type TextRange } from '../../../components/highlighted-text';
import { segmentText } from '../lib/segment-text';

const TYPE_LABEL: Record<ArticleEntity['type'], string> = {
  person: 'person',
  place: 'place',
  organization: 'organisation',
  topic: 'topic',
};

/** Ranges [start, end) of `text` to show as <mark> (e.g. the words a search matched). */
export type MarkText = (text: string) => readonly TextRange[];

function marked(text: string, markText: MarkText | undefined): ReactNode {
  return <HighlightedText text={text} ranges={markText ? markText(text) : []} />;
}

/** The article's blocks as headings and paragraphs; entity mentions become links, the rest stays plain text. */
export function ArticleText({ body, entities, markText }: { body: ArticleBody; entities: readonly ArticleEntity[]; markText?: MarkText }) {
  const entityByKey = new Map(entities.map((entity) => [`${entity.type}:${entity.slug}`, entity]));
  const mentionsByBlock = new Map<number, Mention[]>();
  for (const mention of body.mentions) {
    const list = mentionsByBlock.get(mention.block) ?? [];
    list.push(mention);
    mentionsByBlock.set(mention.block, list);
  }

  return (
    <div className="article-text">
      {body.blocks.map((block, index) => {
        const segments = segmentText(block.text, mentionsByBlock.get(index) ?? []).map((segment, i) => {
          const entity = segment.mention ? entityByKey.get(segment.mention.entity) : undefined;
          if (!entity) return <Fragment key={i}>{marked(segment.text, markText)}</Fragment>;
          return (
            <Link key={i} className={`mention mention-${entity.type}`} to={entityPath(entity.type, entity.slug)} title={`${entity.name} (${TYPE_LABEL[entity.type]})`}>
              {marked(segment.text, markText)}
            </Link>
          );
        });
        return block.kind === 'heading' ? (
          <h2 key={index} id={block.id} tabIndex={-1}>
            {segments}
          </h2>
        ) : (
          <p key={index}>{segments}</p>
        );
      })}
    </div>
  );
}
