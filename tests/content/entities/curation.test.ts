import { buildEntityCorpus } from '../../../src/content/entities/build-entity-corpus';
import { EMPTY_CURATION, parseCuration } from '../../../src/content/entities/curation';
import { articleOf } from './helpers';

const FILE = 'seeds/entities.yml';

function entitiesWith(yaml: string, paragraphs: string[], slug = 'a', frontMatter: Record<string, unknown> = {}) {
  const { curation, problems } = parseCuration(yaml, FILE);
  expect(problems).toEqual([]);
  const corpus = buildEntityCorpus([articleOf(slug, paragraphs, frontMatter)], curation);
  return corpus.perArticle.get(slug)?.entities ?? [];
}

describe('curation features', () => {
  it('aliases join another spelling to a canonical name', () => {
    const found = entitiesWith('aliases:\n  Vladimir Putin: [Vova]\n', ['President Vladimir Putin spoke. Later Vova smiled.']);
    expect(found).toContainEqual({ type: 'person', slug: 'vladimir-putin', name: 'Vladimir Putin', count: 2 });
  });

  it('types force a type', () => {
    const found = entitiesWith('types:\n  Xankandi: organization\n', ['Officials went to Xankandi on Monday.']);
    expect(found).toContainEqual(expect.objectContaining({ name: 'Xankandi', type: 'organization' }));
  });

  it('hide removes an entity', () => {
    const found = entitiesWith('hide: [Moscow]\n', ['Talks were held in Moscow and Baku.']);
    expect(found.map((e) => e.name)).toEqual(['Baku']);
  });

  it('add finds a missed name wherever it appears', () => {
    const found = entitiesWith('add:\n  - name: Lachin corridor\n    type: place\n', ['The lachin corridor was closed. Trucks used the Lachin corridor again.']);
    expect(found).toContainEqual({ type: 'place', slug: 'lachin-corridor', name: 'Lachin corridor', count: 2 });
  });

  it('add with type topic gives the topic to articles that use the phrase', () => {
    const found = entitiesWith('add:\n  - name: Peace talks\n    type: topic\n', ['Peace talks resumed in Geneva.']);
    expect(found).toContainEqual({ type: 'topic', slug: 'peace-talks', name: 'Peace talks', count: 1 });
  });

  it('pins topics by article slug and by phrase', () => {
    const yaml = 'topics:\n  pin:\n    a: [Peace talks]\n  match:\n    - topic: Energy\n      when: [gas prices]\n';
    const found = entitiesWith(yaml, ['Gas prices rose in Vienna.']);
    expect(found.filter((e) => e.type === 'topic').map((e) => e.name).sort()).toEqual(['Energy', 'Peace talks']);
  });

  it('adds names listed in front matter, and warns about a list of the wrong type', () => {
    const found = entitiesWith('', ['Nothing named here.'], 'a', { people: ['Jane Roe'], topics: ['Budget'] });
    expect(found).toContainEqual({ type: 'person', slug: 'jane-roe', name: 'Jane Roe', count: 0 });
    expect(found).toContainEqual({ type: 'topic', slug: 'budget', name: 'Budget', count: 0 });
    const corpus = buildEntityCorpus([articleOf('b', ['Text.'], { places: 42 })], EMPTY_CURATION);
    expect(corpus.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'front-matter-entities-wrong-type', file: 'seeds/b.txt' })]);
  });
});

describe('invalid curation entries', () => {
  const problemsOf = (yaml: string) => parseCuration(yaml, FILE).problems.map((p) => ({ code: p.code, line: p.line, file: p.file, hasHint: p.hint.length > 10 }));

  it('reports an unknown key with its line, and still applies the rest', () => {
    const { curation, problems } = parseCuration('hide: [Today]\nalias:\n  X: [Y]\n', FILE);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['curation-unknown-key', 2]]);
    expect(curation.hide.has('today')).toBe(true);
  });

  it('reports a wrong value type', () => {
    expect(problemsOf('hide: 12\ntypes: [Kremlin]\n')).toEqual([
      { code: 'curation-wrong-type', line: 2, file: FILE, hasHint: true },
    ]);
    expect(problemsOf('types:\n  Kremlin: organization\nhide:\n  nested: map\n')).toEqual([{ code: 'curation-wrong-type', line: 4, file: FILE, hasHint: true }]);
  });

  it('reports an unknown entity type', () => {
    expect(problemsOf('types:\n  Kremlin: building\nadd:\n  - name: X\n    type: thing\n')).toEqual([
      { code: 'curation-unknown-entity-type', line: 2, file: FILE, hasHint: true },
      { code: 'curation-unknown-entity-type', line: 5, file: FILE, hasHint: true },
    ]);
  });

  it('reports an alias to itself', () => {
    expect(problemsOf('aliases:\n  Vladimir Putin:\n    - Putin\n    - vladimir putin\n')).toEqual([{ code: 'curation-alias-to-itself', line: 4, file: FILE, hasHint: true }]);
  });

  it('reports a file that is not YAML, as an error, and applies nothing', () => {
    const { curation, problems } = parseCuration('hide: [Today\ntypes: {\n', FILE);
    expect(problems[0]).toEqual(expect.objectContaining({ severity: 'error', code: 'curation-invalid-yaml', file: FILE }));
    expect(problems[0]?.line).toBeGreaterThan(0);
    expect(curation).toBe(EMPTY_CURATION);
  });
});
