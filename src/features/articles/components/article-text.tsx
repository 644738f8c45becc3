import { Link } from 'react-router-dom';
import type { ArticleBody, ArticleEntity, Mention } from '../../../shared/content-types';
import { entityPath } from '../../../shared/paths';
import { segmentText } from '../lib/segment-text';

const TYPE_LABEL: Record<ArticleEntity['type'], string> = {
  person: 'person',
  place: 'place',
  organization: 'organisation',
  topic: 'topic',
};

/** The article's blocks as headings and paragraphs; entity mentions become links, the rest stays plain text. */
export function ArticleText({ body, entities }: { body: ArticleBody; entities: readonly ArticleEntity[] }) {
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
          if (!entity) return segment.text;
          return (
            <Link key={i} className={`mention mention-${entity.type}`} to={entityPath(entity.type, entity.slug)} title={`${entity.name} (${TYPE_LABEL[entity.type]})`}>
              {segment.text}
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
