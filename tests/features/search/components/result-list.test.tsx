import { act, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ResultList } from '../../../../src/features/search/components/result-list';
import { TitleStore } from '../../../../src/features/search/lib/title-store';
import { encodeTitleBlocks } from '../../../../src/shared/search-titles';
import { catalogOf, makeArticle } from '../lib/make-article';

const articles = Array.from({ length: 2000 }, (_, i) => makeArticle({ title: `Story ${i}`, date: '2021-01-11' }).meta);
const catalog = catalogOf(articles);
const blocks = encodeTitleBlocks(articles);
// Scattered, as relevance ranking leaves them: each in a block of its own.
const ids = Array.from({ length: 60 }, (_, i) => ((i * 7) % 60) * 33);

function setup() {
  const asked: number[] = [];
  const titles = new TitleStore(articles.length, (block) => {
    asked.push(block);
    return Promise.resolve(blocks[block]);
  });
  render(
    <MemoryRouter>
      <ResultList ids={ids} catalog={catalog} titles={titles} hits={new Map()} queryWords={[]} />
    </MemoryRouter>,
  );
  const shown = () => within(screen.getByRole('list', { name: 'Results' })).queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);
  return { asked, shown };
}

describe('ResultList', () => {
  it('shows the first results as soon as their titles arrive, in rank order, and the rest after a pause', async () => {
    vi.useFakeTimers();
    try {
      const { shown } = setup();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(shown()).toEqual(ids.slice(0, 12).map((id) => `Story ${id}`));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(300);
      });
      expect(shown()).toEqual(ids.slice(0, 40).map((id) => `Story ${id}`));
      expect(screen.getByRole('link', { name: `Story ${ids[39]}` })).toHaveAttribute('href', `/articles/story-${ids[39]}`);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fetches only the title blocks of the results it shows', async () => {
    const { asked, shown } = setup();
    await waitFor(() => expect(shown()).toHaveLength(40));
    const needed = new Set(ids.slice(0, 40).map((id) => Math.floor(id / 32)));
    expect(new Set(asked)).toEqual(needed);
    expect(asked).toHaveLength(needed.size);
  });
});
