import { describe, expect, it } from 'vitest';
import { countWords, formatReadingTime, readingTime } from '../../src/shared/reading-time';

describe('reading time', () => {
  it('counts words, keeping apostrophes and hyphens inside words', () => {
    expect(countWords('Putin’s 44-day war, in Moscow.')).toBe(5);
    expect(countWords('   ')).toBe(0);
  });
  it('gives at least one minute and a range for longer texts', () => {
    expect(readingTime(10)).toEqual({ min: 1, max: 1 });
    expect(readingTime(1300)).toEqual({ min: 5, max: 7 });
    expect(formatReadingTime(1300)).toBe('5–7 min read');
    expect(formatReadingTime(100)).toBe('1 min read');
  });
});
