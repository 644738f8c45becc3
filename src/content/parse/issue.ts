import type { ContentProblem } from '../types';

/** A problem before the file name is attached: the parsing steps do not need to know it. */
export type Issue = Omit<ContentProblem, 'file'>;

export function warning(code: string, line: number | undefined, message: string, hint: string): Issue {
  return line === undefined ? { severity: 'warning', code, message, hint } : { severity: 'warning', code, line, message, hint };
}

export function error(code: string, line: number | undefined, message: string, hint: string): Issue {
  return line === undefined ? { severity: 'error', code, message, hint } : { severity: 'error', code, line, message, hint };
}

export function inFile(file: string, issues: readonly Issue[]): ContentProblem[] {
  return issues.map((issue) => ({ ...issue, file }));
}
