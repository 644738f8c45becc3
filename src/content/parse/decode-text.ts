import { decodeWindows1252 } from './windows-1252';

// Seeds come from many editors and exports. UTF-8 (with or without BOM) and UTF-16 with a BOM
// are read as they are; anything else that is not valid UTF-8 is almost always a legacy
// Windows export, so it is read as Windows-1252 and the editor is told to re-save it.

export type DecodeResult =
  | { kind: 'text'; text: string; fallback: Utf8Fallback | null }
  | { kind: 'binary'; reason: string };

/** Where the bytes first stopped being UTF-8, for the warning. */
export interface Utf8Fallback {
  line: number;
  byte: number;
}

// Above this share of control characters a file is not prose, whatever its encoding.
const MAX_CONTROL_RATIO = 0.1;

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const binary = describeBinaryBytes(body);
  if (binary !== null) return { kind: 'binary', reason: binary };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), fallback: null };
  } catch {
    const offset = firstInvalidUtf8(body);
    return {
      kind: 'text',
      text: decodeWindows1252(body),
      fallback: { line: lineAtByte(body, offset), byte: body[offset] ?? 0 },
    };
  }
}

function decodeUtf16(body: Uint8Array, order: 'le' | 'be'): DecodeResult {
  let le = body;
  if (order === 'be') {
    // Swapping into little-endian avoids relying on ICU support for the "utf-16be" label.
    le = new Uint8Array(body.length - (body.length % 2));
    for (let i = 0; i + 1 < body.length; i += 2) {
      le[i] = body[i + 1] ?? 0;
      le[i + 1] = body[i] ?? 0;
    }
  }
  const text = new TextDecoder('utf-16le').decode(le);
  const binary = describeBinaryText(text);
  return binary === null ? { kind: 'text', text, fallback: null } : { kind: 'binary', reason: binary };
}

function isControlByte(b: number): boolean {
  // Tab, line feed, vertical tab, form feed and carriage return occur in real text files.
  return (b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f;
}

function describeBinaryBytes(bytes: Uint8Array): string | null {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return `it contains NUL bytes (the first at byte ${i + 1})`;
    if (isControlByte(b)) control++;
  }
  return controlRatioReason(control, bytes.length);
}

function describeBinaryText(text: string): string | null {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return `it contains NUL characters (the first at character ${i + 1})`;
    if (isControlByte(c)) control++;
  }
  return controlRatioReason(control, text.length);
}

function controlRatioReason(control: number, total: number): string | null {
  if (total === 0 || control / total <= MAX_CONTROL_RATIO) return null;
  return `${Math.round((control / total) * 100)}% of it is control characters`;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
