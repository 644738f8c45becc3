import type { ContentProblemView } from '../../shared/content-types';

/** Shown only by the dev server (production indexes carry no problems), so editors see them beside the page. */
export function DevProblems({ problems }: { problems: readonly ContentProblemView[] }) {
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return (
    <details className="dev-problems" open={errors > 0}>
      <summary>
        Content problems: {errors} {errors === 1 ? 'error' : 'errors'}, {problems.length - errors} {problems.length - errors === 1 ? 'warning' : 'warnings'}
      </summary>
      <ul>
        {problems.map((problem, index) => (
          <li key={index} className={`dev-problem dev-problem-${problem.severity}`}>
            <strong>
              {problem.severity}: {problem.file}
              {problem.line === undefined ? '' : `:${problem.line}`}
            </strong>{' '}
            {problem.message} <em>{problem.hint}</em>
          </li>
        ))}
      </ul>
    </details>
  );
}
