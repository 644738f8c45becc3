// Ascending lists of small non-negative integers (article ids) as compact strings: each gap from the
// previous id as a little-endian base-32 varint written with a 64-letter alphabet (the upper 32
// letters mean "more digits follow"). A gap under 32 is one character, under 1,024 two: at 10,000
// articles a catalog's ~150,000 memberships take ~7 bits each after gzip, where JSON numbers took ~9.
// The alphabet has no ',' so lists can be joined with one.

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

/** `ids` must be ascending without repeats; throws otherwise (the decoder could not restore them). */
export function encodeIdList(ids: readonly number[]): string {
  let out = '';
  let previous = -1;
  for (const id of ids) {
    if (!Number.isInteger(id) || id <= previous) throw new Error(`id list not strictly ascending at ${id}`);
    let gap = id - previous - 1;
    previous = id;
    while (gap >= 32) {
      out += DIGITS[32 + (gap & 31)]!;
      gap = Math.floor(gap / 32);
    }
    out += DIGITS[gap]!;
  }
  return out;
}

/** The ids encodeIdList wrote; null when `text` holds a character it never writes or ends mid-number. */
export function decodeIdList(text: string): number[] | null {
  const ids: number[] = [];
  let previous = -1;
  let gap = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? VALUE[code]! : -1;
    if (v < 0) return null;
    if (v >= 32) {
      gap += (v - 32) * scale;
      scale *= 32;
      continue;
    }
    previous += gap + v * scale + 1;
    ids.push(previous);
    gap = 0;
    scale = 1;
  }
  return scale === 1 ? ids : null;
}
