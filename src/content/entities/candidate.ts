import type { EntityType } from '../../shared/content-types';

export type NameType = Exclude<EntityType, 'topic'>;

/** How strongly the text suggests each type for one occurrence of a name. */
export type Scores = Record<NameType, number>;

/** One occurrence of a possible name in a block, before article and corpus decisions. */
export interface NameCandidate {
  block: number;
  start: number;
  end: number;
  /** As written, possessive and titles removed. */
  text: string;
  scores: Scores;
}

/** One occurrence of a possible topic phrase. */
export interface TopicOccurrence {
  block: number;
  start: number;
  end: number;
}

export interface TopicCandidate {
  /** Folded, singular form: the same topic across articles has the same key. */
  key: string;
  /** Most frequent written form in this article. */
  text: string;
  /** How good a topic this phrase is for this article (frequency, length, title). */
  score: number;
  occurrences: TopicOccurrence[];
}

/** What extraction finds in one article; cached by content hash, so it must be plain JSON. */
export interface ArticleExtraction {
  names: NameCandidate[];
  topics: TopicCandidate[];
  /** Blocks written in capitals, where only names known from elsewhere are looked for. */
  shoutingBlocks: number[];
}

export const zeroScores = (): Scores => ({ person: 0, place: 0, organization: 0 });

export function bestType(scores: Scores): NameType | null {
  let best: NameType | null = null;
  let bestScore = 0;
  for (const type of ['person', 'organization', 'place'] as const) {
    if (scores[type] > bestScore) {
      best = type;
      bestScore = scores[type];
    }
  }
  return best;
}
