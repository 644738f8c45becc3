// Fixed-size bitsets over article indices (bit i = article i), 32 articles per word.

export function wordsFor(size: number): number {
  return (size + 31) >>> 5;
}

export function createBitset(size: number): Uint32Array {
  return new Uint32Array(wordsFor(size));
}

/** All articles 0..size-1; bits past `size` stay clear so popcounts are exact. */
export function fullBitset(size: number): Uint32Array {
  const bits = createBitset(size);
  bits.fill(0xffffffff);
  const rest = size & 31;
  if (rest !== 0 && bits.length > 0) bits[bits.length - 1] = (1 << rest) - 1;
  return bits;
}

export function setBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5]! |= 1 << (i & 31);
}

export function hasBit(bits: Uint32Array, i: number): boolean {
  return ((bits[i >>> 5]! >>> (i & 31)) & 1) === 1;
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function countBits(bits: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) n += popcount32(bits[w]!);
  return n;
}

/** |a ∩ b| without allocating. */
export function countAnd(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < a.length; w++) n += popcount32(a[w]! & b[w]!);
  return n;
}

/** |{i ∈ ids : bit i set}|: cheaper than countAnd when ids is shorter than the bitset's word count. */
export function countIdsIn(ids: Uint32Array, bits: Uint32Array): number {
  let n = 0;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    n += (bits[i >>> 5]! >>> (i & 31)) & 1;
  }
  return n;
}

export function andInPlace(target: Uint32Array, other: Uint32Array): void {
  for (let w = 0; w < target.length; w++) target[w]! &= other[w]!;
}

export function orInPlace(target: Uint32Array, other: Uint32Array): void {
  for (let w = 0; w < target.length; w++) target[w]! |= other[w]!;
}

export function andNotInPlace(target: Uint32Array, other: Uint32Array): void {
  for (let w = 0; w < target.length; w++) target[w]! &= ~other[w]!;
}

export function setIds(target: Uint32Array, ids: Uint32Array): void {
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    target[i >>> 5]! |= 1 << (i & 31);
  }
}

/** Article indices whose bit is set, ascending. */
export function bitsToIds(bits: Uint32Array): number[] {
  const out: number[] = [];
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!;
    while (word !== 0) {
      const low = word & -word;
      out.push((w << 5) + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
  return out;
}
