import type { ContentProblem, Severity } from './types';

export function seedProblem(severity: Severity, code: string, file: string, message: string, hint: string, line?: number): ContentProblem {
  return line === undefined ? { severity, code, file, message, hint } : { severity, code, file, line, message, hint };
}

export function countBySeverity(problems: readonly ContentProblem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors += 1;
  return { errors, warnings: problems.length - errors };
}

/** Strict mode (CI) treats every warning as an error, without losing what kind of problem it was. */
export function applyStrict(problems: readonly ContentProblem[], strict: boolean): ContentProblem[] {
  return strict ? problems.map((problem) => ({ ...problem, severity: 'error' })) : [...problems];
}

/** Astro-style report: location first, then what happened, then what to do. */
export function formatProblem(problem: ContentProblem, color = false): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const label = problem.severity === 'error' ? paint('31;1', 'error') : paint('33;1', 'warning');
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${label} ${paint('1', where)} ${paint('2', `[${problem.code}]`)}\n  ${problem.message}\n  ${paint('36', 'Hint:')} ${problem.hint}`;
}

export function formatSummary(stats: { articles: number; sections: number; errors: number; warnings: number }): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `content: ${plural(stats.articles, 'article')} in ${plural(stats.sections, 'section')}, ${plural(stats.warnings, 'warning')}, ${plural(stats.errors, 'error')}`;
}
