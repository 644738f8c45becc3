/** Average silent reading speeds for news prose: fast and slow readers bound the range shown. */
const FAST_WPM = 260;
const SLOW_WPM = 200;

export interface ReadingTime {
  min: number;
  max: number;
}

export function readingTime(wordCount: number): ReadingTime {
  const min = Math.max(1, Math.round(wordCount / FAST_WPM));
  const max = Math.max(min, Math.round(wordCount / SLOW_WPM));
  return { min, max };
}

export function formatReadingTime(wordCount: number): string {
  const { min, max } = readingTime(wordCount);
  return min === max ? `${min} min read` : `${min}–${max} min read`;
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}
