import { describe, expect, it } from 'vitest';
import { decodeIdList, encodeIdList } from '../../src/shared/id-lists';

describe('id lists', () => {
  it('round-trips ascending ids across one-, two- and many-character gaps', () => {
    const lists = [[], [0], [31], [32], [0, 1, 2, 3], [5, 37, 1060, 1061, 40_000, 2_000_000_000], Array.from({ length: 500 }, (_, i) => i * i)];
    for (const ids of lists) expect(decodeIdList(encodeIdList(ids))).toEqual(ids);
  });

  it('writes a gap under 32 as one character and never writes a comma', () => {
    expect(encodeIdList([0, 1, 33])).toHaveLength(3);
    expect(encodeIdList([3, 1000, 50_000])).toHaveLength(1 + 2 + 4);
    expect(encodeIdList(Array.from({ length: 2000 }, (_, i) => i * 37))).not.toContain(',');
  });

  it('refuses lists it could not restore', () => {
    expect(() => encodeIdList([3, 3])).toThrow();
    expect(() => encodeIdList([4, 2])).toThrow();
    expect(() => encodeIdList([-1])).toThrow();
  });

  it('reads damaged text as null instead of wrong ids', () => {
    expect(decodeIdList('AB,C')).toBeNull();
    expect(decodeIdList('Aé')).toBeNull();
    // A continuation digit with nothing after it: the number never ended.
    expect(decodeIdList('Ag')).toBeNull();
  });
});
