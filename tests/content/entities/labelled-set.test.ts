import fs from 'node:fs';
import { parseLabelledSet } from '../../../src/content/entities/evaluate';
import { runEvaluation } from '../../../src/content/entities/run-evaluation';

describe('labelled set (the same code as scripts/eval-entities.ts)', () => {
  const file = 'tests/content/entities/labelled-set.json';
  const docs = parseLabelledSet(JSON.parse(fs.readFileSync(file, 'utf8')), file);
  const report = runEvaluation(docs);

  it('has at least 40 documents', () => expect(docs.length).toBeGreaterThanOrEqual(40));
  it('finds people with F1 >= 0.95', () => expect(report.people.f1).toBeGreaterThanOrEqual(0.95));
  it('finds places with F1 >= 0.85', () => expect(report.places.f1).toBeGreaterThanOrEqual(0.85));
  it('finds organisations with F1 >= 0.85', () => expect(report.organizations.f1).toBeGreaterThanOrEqual(0.85));
});
