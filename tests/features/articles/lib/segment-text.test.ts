import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../src/features/articles/lib/segment-text';

describe('segmentText', () => {
  it('cuts text at mentions and keeps every character', () => {
    const text = 'President Vladimir Putin met Nikol Pashinyan.';
    const segments = segmentText(text, [
      { entity: 'person:nikol-pashinyan', block: 0, start: 29, end: 44 },
      { entity: 'person:vladimir-putin', block: 0, start: 10, end: 24 },
    ]);
    expect(segments.map((segment) => segment.text)).toEqual(['President ', 'Vladimir Putin', ' met ', 'Nikol Pashinyan', '.']);
    expect(segments.map((segment) => segment.mention?.entity ?? null)).toEqual([null, 'person:vladimir-putin', null, 'person:nikol-pashinyan', null]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('ignores overlapping and out-of-range mentions instead of garbling text', () => {
    const text = 'Lachin corridor';
    const segments = segmentText(text, [
      { entity: 'topic:lachin-corridor', block: 0, start: 0, end: 15 },
      { entity: 'place:lachin', block: 0, start: 0, end: 6 },
      { entity: 'place:nowhere', block: 0, start: 10, end: 99 },
    ]);
    expect(segments).toEqual([{ text: 'Lachin corridor', mention: { entity: 'topic:lachin-corridor', block: 0, start: 0, end: 15 } }]);
  });
});
