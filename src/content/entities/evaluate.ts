import { foldText } from '../../shared/text-fold';

/** One labelled document: seed-format text and the names a careful reader finds in its body. */
export interface LabelledDoc {
  id: string;
  text: string;
  people: string[];
  places: string[];
  organizations: string[];
}

export type NameKind = 'people' | 'places' | 'organizations';
export const NAME_KINDS: readonly NameKind[] = ['people', 'places', 'organizations'];

export type Predicted = Record<NameKind, string[]>;

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  documents: number;
  people: Score;
  places: Score;
  organizations: Score;
  overall: Score;
  /** Per document and kind: names predicted but not labelled, and labelled but missed. */
  errors: { id: string; kind: NameKind; extra: string[]; missed: string[] }[];
}

/** Two names are the same answer when equal after case, diacritic, whitespace and quote folding. */
export function foldName(name: string): string {
  return foldText(name)
    .replace(/["'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Document-level, micro-averaged: each document contributes its sets of distinct names. */
export function evaluate(docs: readonly { gold: LabelledDoc; predicted: Predicted }[]): EvaluationReport {
  const totals: Record<NameKind, [number, number, number]> = { people: [0, 0, 0], places: [0, 0, 0], organizations: [0, 0, 0] };
  const errors: EvaluationReport['errors'] = [];
  for (const { gold, predicted } of docs) {
    for (const kind of NAME_KINDS) {
      const goldSet = new Map(gold[kind].map((n) => [foldName(n), n]));
      const predSet = new Map(predicted[kind].map((n) => [foldName(n), n]));
      const extra = [...predSet].filter(([k]) => !goldSet.has(k)).map(([, n]) => n);
      const missed = [...goldSet].filter(([k]) => !predSet.has(k)).map(([, n]) => n);
      const t = totals[kind];
      t[0] += predSet.size - extra.length;
      t[1] += extra.length;
      t[2] += missed.length;
      if (extra.length > 0 || missed.length > 0) errors.push({ id: gold.id, kind, extra, missed });
    }
  }
  const [people, places, organizations] = NAME_KINDS.map((k) => score(...totals[k])) as [Score, Score, Score];
  const sum = (i: 0 | 1 | 2) => NAME_KINDS.reduce((acc, k) => acc + totals[k][i], 0);
  return { documents: docs.length, people, places, organizations, overall: score(sum(0), sum(1), sum(2)), errors };
}

/** Checks a parsed JSON value is a labelled set; throws an Error that says what is wrong and where. */
export function parseLabelledSet(data: unknown, file: string): LabelledDoc[] {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of documents, got ${data === null ? 'null' : typeof data}.`);
  return data.map((item: unknown, i) => {
    const where = `${file}: document ${i}`;
    if (typeof item !== 'object' || item === null) throw new Error(`${where} is not an object.`);
    const doc = item as Record<string, unknown>;
    for (const field of ['id', 'text'] as const) {
      if (typeof doc[field] !== 'string') throw new Error(`${where} needs a string "${field}".`);
    }
    for (const kind of NAME_KINDS) {
      const list = doc[kind];
      if (!Array.isArray(list) || !list.every((n) => typeof n === 'string')) throw new Error(`${where} (${String(doc.id)}) needs "${kind}" as an array of strings.`);
    }
    return { id: doc.id as string, text: doc.text as string, people: doc.people as string[], places: doc.places as string[], organizations: doc.organizations as string[] };
  });
}
