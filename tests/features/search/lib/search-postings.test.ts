import fc from 'fast-check';
import { decodePostings, encodePostings } from '../../../../src/shared/search-postings';

describe('posting lists', () => {
  it('round-trip ids and capped weights, as lists and as bitsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 9 }))), (size, raw) => {
        const byId = new Map(raw.map(([id, w]) => [id % size, w]));
        const ids = [...byId.keys()].sort((a, b) => a - b);
        const weights = ids.map((id) => byId.get(id)!);
        const encoded = encodePostings(ids, weights, size);
        const decoded = decodePostings(encoded, size);
        expect([...decoded.ids]).toEqual(ids);
        const expected = encoded.startsWith('~') ? ids.map(() => 1) : weights.map((w) => Math.min(w, 4));
        expect([...decoded.weights]).toEqual(expected);
      }),
    );
  });

  it('uses a bitset for a term in many articles of a large corpus', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => i * 2);
    expect(encodePostings(ids, ids.map(() => 1), 10_000).startsWith('~')).toBe(true);
  });

  it('reads malformed input without throwing or leaving the corpus', () => {
    expect([...decodePostings('zz,??,1', 10).ids]).toEqual([]);
    expect([...decodePostings('0,4,!', 100).ids]).toEqual([0, 2]);
    expect([...decodePostings('~////', 12).ids].every((id) => id < 12)).toBe(true);
  });
});
