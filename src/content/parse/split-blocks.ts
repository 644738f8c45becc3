import { isBlank } from './split-lines';

export interface RawBlock {
  /** Trimmed, non-empty lines of the block. */
  lines: string[];
  /** 1-based file line of the block's first line. */
  line: number;
}

/** Groups lines from index `start` into blocks separated by one or more blank lines. */
export function splitBlocks(lines: readonly string[], start: number): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      current = null;
      continue;
    }
    // trim() also removes no-break spaces, which word processors leave at line ends.
    const text = line.trim();
    if (current === null) {
      current = { lines: [text], line: i + 1 };
      blocks.push(current);
    } else current.lines.push(text);
  }
  return blocks;
}
