import { warning, type Issue } from './issue';
import { ACCEPTED_DATE_FORMS, type DateReading } from './parse-date';

export interface DateSource {
  source: string;
  found: { reading: DateReading; line: number | undefined } | null;
}

/** The first valid date in order of authority; every date that could not be read is reported. */
export function chooseDate(sources: readonly DateSource[], issues: Issue[]): string | null {
  let chosen: { iso: string; line: number | undefined } | null = null;
  for (const { source, found } of sources) {
    if (found === null) continue;
    const { reading, line } = found;
    if (reading.kind === 'valid') {
      chosen ??= { iso: reading.iso, line };
    } else if (reading.kind === 'impossible') {
      issues.push(
        warning(
          'impossible-date',
          line,
          `The date "${reading.text}" in the ${source} does not exist (${reading.reason}).`,
          'Correct the day or the month; until then the article has no date.',
        ),
      );
    } else {
      issues.push(
        warning(
          'unparseable-date',
          line,
          `The date "${reading.text}" in the ${source} is not in a form the parser reads.`,
          `Write the date as ${ACCEPTED_DATE_FORMS}.`,
        ),
      );
    }
  }
  if (chosen !== null && chosen.iso > latestPlausibleDate()) {
    issues.push(
      warning(
        'future-date',
        chosen.line,
        `The date ${chosen.iso} is in the future.`,
        'Check the year and the month; the article is published with this date and sorts above everything else until then.',
      ),
    );
  }
  return chosen?.iso ?? null;
}

// Tomorrow in UTC: a dated-today article from a time zone ahead of UTC is not "in the future".
function latestPlausibleDate(): string {
  return new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
