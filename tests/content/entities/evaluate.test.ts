import { evaluate, foldName, parseLabelledSet, score } from '../../../src/content/entities/evaluate';

const gold = (people: string[], places: string[] = [], organizations: string[] = []) => ({ id: 'd', text: 't', people, places, organizations });

describe('evaluate', () => {
  it('folds case, diacritics, whitespace and quotes', () => {
    expect(foldName('  Fuad   MUXTARLI ')).toBe(foldName('Fuad Muxtarlı'));
    expect(foldName('N’Djamena')).toBe(foldName("N'Djamena"));
  });

  it('computes precision, recall and F1, with empty sets counting as perfect', () => {
    expect(score(2, 1, 1)).toEqual({ tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    expect(score(0, 0, 0).f1).toBe(1);
    expect(score(0, 3, 0).precision).toBe(0);
  });

  it('micro-averages distinct names over documents and lists the errors', () => {
    const report = evaluate([
      { gold: gold(['Vladimir Putin', 'Ilham Aliyev'], ['Moscow']), predicted: { people: ['vladimir putin', 'Putin', 'Vladimir Putin'], places: ['Moscow'], organizations: ['Kremlin'] } },
      { gold: { ...gold(['Nikol Pashinyan']), id: 'e' }, predicted: { people: ['Nikol Pashinyan'], places: [], organizations: [] } },
    ]);
    expect(report.people).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.places).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.organizations).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(report.overall).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    expect(report.errors).toContainEqual({ id: 'd', kind: 'people', extra: ['Putin'], missed: ['Ilham Aliyev'] });
  });

  it('rejects malformed input with a message naming the file and the problem', () => {
    expect(() => parseLabelledSet({}, 'x.json')).toThrow(/x\.json: expected a JSON array/);
    expect(() => parseLabelledSet([{ id: 'a', text: 't', people: [], places: 'Moscow', organizations: [] }], 'x.json')).toThrow(/x\.json: document 0 \(a\) needs "places"/);
    expect(() => parseLabelledSet([{ text: 't' }], 'x.json')).toThrow(/needs a string "id"/);
  });
});
