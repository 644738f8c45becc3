// Node's TextDecoder("windows-1252") decodes as ISO-8859-1 in some builds, turning the curly
// quotes and dashes that Word exports (0x91–0x97) into invisible C1 controls. The table is
// small, so it is applied here instead of trusting the runtime.
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const end = Math.min(offset + CHUNK, bytes.length);
    for (let i = offset; i < end; i++) {
      const b = bytes[i] ?? 0;
      units[i - offset] = b >= 0x80 && b <= 0x9f ? (HIGH_CONTROLS[b - 0x80] ?? b) : b;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - offset)));
  }
  return parts.join('');
}
