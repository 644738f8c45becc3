/** Where the reader stopped in each article, kept in localStorage so "continue where you left off" survives visits. */
export const POSITIONS_KEY = 'newsreader:positions';

/** Enough for a reading habit; the oldest are forgotten first. */
export const MAX_POSITIONS = 100;

/** Below this the reader has barely started; above it they have finished: neither is worth offering back. */
const STARTED = 0.05;
const FINISHED = 0.95;

export interface ReadingPosition {
  /** Index of the first block (paragraph or subheading) at the top of the screen. */
  block: number;
  /** 0–1 through the article text. */
  progress: number;
  /** Milliseconds since the epoch. */
  savedAt: number;
}

export type Positions = Record<string, ReadingPosition>;

function isPosition(value: unknown): value is ReadingPosition {
  if (!value || typeof value !== 'object') return false;
  const { block, progress, savedAt } = value as Record<string, unknown>;
  return Number.isInteger(block) && (block as number) >= 0 && typeof progress === 'number' && progress >= 0 && progress <= 1 && typeof savedAt === 'number';
}

export function parsePositions(raw: string | null): Positions {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter(([, position]) => isPosition(position))) as Positions;
  } catch {
    return {};
  }
}

/** Records where the reader is; a finished article is forgotten, so it is not offered again. */
export function recordPosition(positions: Positions, slug: string, position: ReadingPosition): Positions {
  const rest = Object.fromEntries(Object.entries(positions).filter(([key]) => key !== slug));
  if (position.progress >= FINISHED) return rest;
  const next: Positions = { ...rest, [slug]: position };
  const slugs = Object.keys(next);
  if (slugs.length <= MAX_POSITIONS) return next;
  const keep = new Set(slugs.sort((a, b) => (next[b]?.savedAt ?? 0) - (next[a]?.savedAt ?? 0)).slice(0, MAX_POSITIONS));
  return Object.fromEntries(Object.entries(next).filter(([key]) => keep.has(key)));
}

/** The position worth offering back for this article, if any. */
export function positionToOffer(positions: Positions, slug: string): ReadingPosition | null {
  const position = positions[slug];
  if (!position || position.block === 0 || position.progress < STARTED || position.progress >= FINISHED) return null;
  return position;
}

/**
 * How far through a text the reader is: 0 while its top is below the reading line, 1 once its end is on screen.
 * All figures in pixels relative to the viewport.
 */
export function progressThrough(textTop: number, textHeight: number, viewportHeight: number, readingLine: number): number {
  const scrollable = textHeight - (viewportHeight - readingLine);
  if (scrollable <= 0) return textTop <= viewportHeight ? 1 : 0;
  const read = readingLine - textTop;
  return Math.min(1, Math.max(0, read / scrollable));
}
