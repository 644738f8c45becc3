/** Splits on CRLF, lone CR and LF alike, so line numbers match what any editor shows. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Index of the first non-blank line at or after `from`, or -1. */
export function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i] ?? '')) return i;
  return -1;
}
