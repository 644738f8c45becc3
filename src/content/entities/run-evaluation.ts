import { articleFromText } from './article-from-text';
import { buildEntityCorpus } from './build-entity-corpus';
import { EMPTY_CURATION } from './curation';
import { evaluate, type EvaluationReport, type LabelledDoc, type Predicted } from './evaluate';

/** Runs the site's extractor over labelled documents (as one corpus, like a build) and scores it. */
export function runEvaluation(docs: readonly LabelledDoc[]): EvaluationReport {
  const articles = docs.map((d) => articleFromText(d.id, d.text));
  const corpus = buildEntityCorpus(articles, EMPTY_CURATION);
  return evaluate(
    docs.map((gold) => {
      const entities = corpus.perArticle.get(gold.id)?.entities ?? [];
      const names = (type: string) => entities.filter((e) => e.type === type).map((e) => e.name);
      const predicted: Predicted = { people: names('person'), places: names('place'), organizations: names('organization') };
      return { gold, predicted };
    }),
  );
}
