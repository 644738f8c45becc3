// The posting-list encoding of the body-text index, shared by the build (encode) and the client
// (decode). Sparse lists are delta-coded base-36 numbers carrying a 2-bit weight; lists of terms
// in many articles are bitsets, which are smaller there and lose only the weight (a frequent
// term's weight barely moves a ranking).
import { BITSET_MARK, MAX_TERM_WEIGHT } from './search-options';

export interface Postings {
  /** Article indices, ascending. */
  ids: Uint32Array;
  /** Per id, 1..MAX_TERM_WEIGHT. */
  weights: Uint8Array;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >>> 18) & 63]! + BASE64[(n >>> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >>> 6) & 63]! : '';
    out += i + 2 < bytes.length ? BASE64[n & 63]! : '';
  }
  return out;
}

const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

function base64ToBytes(s: string): Uint8Array {
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const v = BASE64_VALUE[s.charCodeAt(i)] ?? -1;
    if (v < 0) continue;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >>> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** `ids` ascending, `weights` aligned (values above MAX_TERM_WEIGHT are capped). */
export function encodePostings(ids: readonly number[], weights: readonly number[], articleCount: number): string {
  // A delta costs ~2-3 characters, a bitset articleCount/6: past that point the bitset is smaller.
  // Small corpora keep lists: the bytes saved are few and the weights worth more.
  if (articleCount >= 512 && ids.length * 2.5 > articleCount / 6) {
    const bytes = new Uint8Array((articleCount + 7) >>> 3);
    for (const id of ids) bytes[id >>> 3]! |= 1 << (id & 7);
    return BITSET_MARK + bytesToBase64(bytes);
  }
  const parts: string[] = [];
  let previous = -1;
  ids.forEach((id, k) => {
    const weight = Math.min(Math.max(weights[k] ?? 1, 1), MAX_TERM_WEIGHT);
    parts.push(((id - previous - 1) * MAX_TERM_WEIGHT + weight - 1).toString(36));
    previous = id;
  });
  return parts.join(',');
}

/** Never throws: malformed input yields the ids it could read, within [0, articleCount). */
export function decodePostings(encoded: string, articleCount: number): Postings {
  const ids: number[] = [];
  const weights: number[] = [];
  if (encoded.startsWith(BITSET_MARK)) {
    const bytes = base64ToBytes(encoded.slice(BITSET_MARK.length));
    for (let b = 0; b < bytes.length; b++) {
      let byte = bytes[b]!;
      while (byte !== 0) {
        const low = byte & -byte;
        const id = (b << 3) + (31 - Math.clz32(low));
        if (id < articleCount) {
          ids.push(id);
          weights.push(1);
        }
        byte ^= low;
      }
    }
  } else if (encoded !== '') {
    let previous = -1;
    for (const part of encoded.split(',')) {
      const value = parseInt(part, 36);
      if (!Number.isFinite(value) || value < 0) break;
      const id = previous + 1 + Math.floor(value / MAX_TERM_WEIGHT);
      if (id >= articleCount) break;
      ids.push(id);
      weights.push((value % MAX_TERM_WEIGHT) + 1);
      previous = id;
    }
  }
  return { ids: Uint32Array.from(ids), weights: Uint8Array.from(weights) };
}
