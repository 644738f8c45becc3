import { describe, expect, it } from 'vitest';
import { MAX_POSITIONS, parsePositions, positionToOffer, progressThrough, recordPosition } from '../../../../src/features/reading-progress/lib/positions';

describe('remembered reading positions', () => {
  it('offers a position back only when the reader was part-way through', () => {
    const positions = recordPosition({}, 'a', { block: 6, progress: 0.4, savedAt: 1 });
    expect(positionToOffer(positions, 'a')).toEqual({ block: 6, progress: 0.4, savedAt: 1 });
    expect(positionToOffer(positions, 'b')).toBeNull();
    expect(positionToOffer(recordPosition({}, 'a', { block: 0, progress: 0.02, savedAt: 1 }), 'a')).toBeNull();
  });

  it('forgets an article once it has been read to the end', () => {
    const started = recordPosition({}, 'a', { block: 6, progress: 0.4, savedAt: 1 });
    expect(recordPosition(started, 'a', { block: 30, progress: 0.97, savedAt: 2 })).toEqual({});
  });

  it('keeps only the most recent positions', () => {
    let positions = {};
    for (let i = 0; i <= MAX_POSITIONS; i += 1) positions = recordPosition(positions, `s${i}`, { block: 3, progress: 0.5, savedAt: i });
    expect(Object.keys(positions)).toHaveLength(MAX_POSITIONS);
    expect(positionToOffer(positions, 's0')).toBeNull();
    expect(positionToOffer(positions, `s${MAX_POSITIONS}`)).not.toBeNull();
  });

  it('drops unreadable or malformed storage', () => {
    expect(parsePositions('nope')).toEqual({});
    expect(parsePositions(JSON.stringify({ a: { block: -1, progress: 0.5, savedAt: 1 }, b: { block: 2, progress: 2, savedAt: 1 }, c: { block: 2, progress: 0.5, savedAt: 1 } }))).toEqual({
      c: { block: 2, progress: 0.5, savedAt: 1 },
    });
  });

  it('measures progress from the reading line to the end of the text', () => {
    // 3000 px of text, 800 px viewport, reading line at 100 px: 2300 px to scroll.
    expect(progressThrough(400, 3000, 800, 100)).toBe(0);
    expect(progressThrough(100 - 1150, 3000, 800, 100)).toBeCloseTo(0.5);
    expect(progressThrough(100 - 2300, 3000, 800, 100)).toBe(1);
    expect(progressThrough(100 - 9000, 3000, 800, 100)).toBe(1);
    expect(progressThrough(200, 300, 800, 100)).toBe(1);
  });
});
