// Seeded randomness for synthetic corpora (the gen:corpus script and the search-size fixture), so both
// draw words and popularity the same way and a given seed always gives the same corpus.

/** A small, fast, seedable PRNG: the same seed gives the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..size-1 with Zipf popularity, as words, names and sections have in real news. */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    size: number,
    exponent: number,
    private readonly random: () => number,
  ) {
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let i = 0; i < size; i++) {
      sum += 1 / Math.pow(i + 1, exponent);
      this.cumulative[i] = sum;
    }
  }

  next(): number {
    const x = this.random() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const SYLLABLES = 'ka ri to ma ne lo sa vi de mu ra ze po li an ter gon bar sel mir tan vok dal res pen cor lun fit gra ste pri mon cal der ban tri ol ur ish ent ion ark ov ev ul az ib'.split(' ');

/** An invented word of min to max syllables: the long tail of a vocabulary, and names. */
export function inventedWord(random: () => number, min: number, max: number): string {
  const n = min + Math.floor(random() * (max - min + 1));
  let word = '';
  for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? 'a';
  return word;
}

export const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
