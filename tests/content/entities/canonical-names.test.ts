import { buildEntityCorpus } from '../../../src/content/entities/build-entity-corpus';
import { EMPTY_CURATION } from '../../../src/content/entities/curation';
import { articleOf } from './helpers';

function people(...paragraphs: string[]): string[] {
  const corpus = buildEntityCorpus([articleOf('a', paragraphs)], EMPTY_CURATION);
  return (corpus.perArticle.get('a')?.entities ?? []).filter((e) => e.type === 'person').map((e) => e.name).sort();
}

describe('canonical names', () => {
  it('strips titles and roles before a name', () => {
    expect(people('Russian President Vladimir Putin spoke first.')).toEqual(['Vladimir Putin']);
    expect(people('He met Prime Minister of Armenia Nikol Pashinyan on Monday.')).toEqual(['Nikol Pashinyan']);
    expect(people('Present was Security Council Secretary Nikolai Patrushev.')).toEqual(['Nikolai Patrushev']);
  });

  it('drops possessives and punctuation', () => {
    expect(people('Vladimir Putin arrived. Putin’s aides, and Putin, left early.')).toEqual(['Vladimir Putin']);
  });

  it('joins a surname-only mention to the full name in the article and counts it', () => {
    const corpus = buildEntityCorpus([articleOf('a', ['Nikol Pashinyan spoke.', 'Later Pashinyan left, and Pashinyan returned.'])], EMPTY_CURATION);
    expect(corpus.perArticle.get('a')?.entities).toContainEqual({ type: 'person', slug: 'nikol-pashinyan', name: 'Nikol Pashinyan', count: 3 });
  });

  it('joins a given name used alone to the one person of that name in the article', () => {
    const corpus = buildEntityCorpus([articleOf('a', ['Rory McIlroy won at Augusta.', 'Rory said he had waited years.'])], EMPTY_CURATION);
    expect(corpus.perArticle.get('a')?.entities).toContainEqual({ type: 'person', slug: 'rory-mcilroy', name: 'Rory McIlroy', count: 2 });
    expect(people('Andy Street lost. Andy Murray won.', 'Andy said nothing.')).toEqual(['Andy Murray', 'Andy Street']);
  });

  it('merges the same person across articles, joining a surname-only article when the corpus knows one full name', () => {
    const corpus = buildEntityCorpus([articleOf('a', ['President Vladimir Putin spoke in Moscow.']), articleOf('b', ['Critics said Putin was wrong.'])], EMPTY_CURATION);
    expect(corpus.perArticle.get('b')?.entities.find((e) => e.type === 'person')?.slug).toBe('vladimir-putin');
    expect(corpus.entities.find((e) => e.slug === 'vladimir-putin')?.articleCount).toBe(2);
  });

  it('keeps diacritics for display and folds them for the slug', () => {
    const corpus = buildEntityCorpus([articleOf('a', ['Journalist Fuad Muxtarlı wrote it. Muxtarlı said so.'])], EMPTY_CURATION);
    expect(corpus.perArticle.get('a')?.entities).toContainEqual({ type: 'person', slug: 'fuad-muxtarli', name: 'Fuad Muxtarlı', count: 2 });
  });

  it('finds no false people in roles, organisations, places, demonyms and sentence openers', () => {
    expect(
      people(
        'Today the Prime Minister met the Supreme Commander-in-Chief. The Kremlin said nothing.',
        'The Pashinyan government denied it. Azerbaijani and Armenian troops stayed in Xankandi.',
        'On Monday, January 11, Undoubtedly the meeting in Georgia ended.',
      ),
    ).toEqual([]);
  });

  it('accepts names with particles, hyphens and non-English spellings', () => {
    expect(people('Chancellor Olaf Scholz met Ursula von der Leyen, Jean-Pierre Lacombe and Mohammed bin Salman.', 'The Araik Harutyunyan factor matters.')).toEqual(
      ['Araik Harutyunyan', 'Jean-Pierre Lacombe', 'Mohammed bin Salman', 'Olaf Scholz', 'Ursula von der Leyen'],
    );
  });
});
