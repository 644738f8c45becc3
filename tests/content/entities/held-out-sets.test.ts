import fs from 'node:fs';
import path from 'node:path';
import { parseLabelledSet, type LabelledDoc } from '../../../src/content/entities/evaluate';
import { runEvaluation } from '../../../src/content/entities/run-evaluation';

// Every held-out set together: news written blind, which the extractor was later tuned on. The
// first-look figures for each set are in the README; these floors keep the pooled figures from
// sliding back as rules change.
const dir = 'tests/content/entities';
const files = fs.readdirSync(dir).filter((f) => /^held-out-set(-\d+)?\.json$/.test(f));
const docs: LabelledDoc[] = files.flatMap((f) => {
  const file = path.join(dir, f);
  return parseLabelledSet(JSON.parse(fs.readFileSync(file, 'utf8')), file);
});
const report = runEvaluation(docs);

describe('held-out sets, pooled', () => {
  it('are many documents with unique ids', () => {
    expect(files.length).toBeGreaterThanOrEqual(46);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });
  it('finds people with F1 >= 0.955', () => expect(report.people.f1).toBeGreaterThanOrEqual(0.955));
  it('finds places with F1 >= 0.935', () => expect(report.places.f1).toBeGreaterThanOrEqual(0.935));
  it('finds organisations with F1 >= 0.88', () => expect(report.organizations.f1).toBeGreaterThanOrEqual(0.88));
});
