// Scores the entity extractor against a labelled set, or several pooled as one:
//   npx tsx scripts/eval-entities.ts tests/content/entities/labelled-set.json [more.json ...] [--json] [--errors]
import fs from 'node:fs';
import { parseLabelledSet, type LabelledDoc, type Score } from '../src/content/entities/evaluate';
import { runEvaluation } from '../src/content/entities/run-evaluation';

// Piped into `head`, stdout closes early: that is the reader's choice, not a failure.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npx tsx scripts/eval-entities.ts <labelled-set.json> [more.json ...] [--json] [--errors]');
  process.exit(2);
}
let docs: LabelledDoc[] = [];
try {
  for (const file of files) {
    const raw = fs.readFileSync(file, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (e) {
      throw new Error(`${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    docs = docs.concat(parseLabelledSet(data, file));
  }
  const seen = new Set<string>();
  for (const d of docs) {
    // Pooled sets are scored as one corpus: two documents with one id would hide each other.
    if (seen.has(d.id)) throw new Error(`document id "${d.id}" appears twice across ${files.join(', ')}: give each document its own id`);
    seen.add(d.id);
  }
} catch (e) {
  console.error(`eval-entities: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
const report = runEvaluation(docs);
if (args.includes('--json')) {
  const figures = { documents: report.documents, people: report.people, places: report.places, organizations: report.organizations, overall: report.overall };
  console.log(JSON.stringify(args.includes('--errors') ? report : figures, null, 2));
} else {
  const row = (label: string, s: Score) =>
    `${label.padEnd(14)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  console.log(`${files.length === 1 ? files[0] : `${files.length} sets pooled`}: ${report.documents} documents`);
  console.log(row('people', report.people));
  console.log(row('places', report.places));
  console.log(row('organizations', report.organizations));
  console.log(row('overall', report.overall));
  if (args.includes('--errors')) for (const e of report.errors) console.log(`  ${e.id} ${e.kind}: extra [${e.extra.join(', ')}] missed [${e.missed.join(', ')}]`);
}
