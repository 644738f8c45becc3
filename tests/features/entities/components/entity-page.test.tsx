import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { EntityPage } from '../../../../src/features/entities/components/entity-page';
import type { CoOccurrence } from '../../../../src/shared/page-data';
import type { EntityType } from '../../../../src/shared/content-types';
import { makeArticle } from '../lib/make-article';

const entity = { type: 'organization' as const, slug: 'un', name: 'United Nations', articleCount: 2 };
const articles = [
  { article: makeArticle('talks', '2024-02-02', []), mentions: 4 },
  { article: makeArticle('aid', '2024-03-03', []), mentions: 1 },
];

function renderPage(related: Map<EntityType, CoOccurrence[]>) {
  return render(
    <MemoryRouter>
      <EntityPage entity={entity} articles={articles} related={related} renderArticle={(article) => <h2>{article.title}</h2>} />
    </MemoryRouter>,
  );
}

describe('EntityPage', () => {
  it('names the entity and its type, and lists its articles in the given order with mention counts', () => {
    renderPage(new Map([['person', [{ type: 'person', slug: 'ana', name: 'Ana Lopes', articles: 2 }]], ['topic', []]]));
    expect(screen.getByRole('heading', { level: 1, name: 'United Nations' })).toBeInTheDocument();
    expect(screen.getByText('Organisation')).toBeInTheDocument();
    expect(screen.getByText('5 mentions in 2 articles, most mentions first.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Articles mentioning United Nations' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Mentioned 4 timesTALKS', 'Mentioned onceAID']);
  });

  it('links the people mentioned alongside, with shared article counts, and skips empty groups', () => {
    renderPage(new Map([['person', [{ type: 'person', slug: 'ana', name: 'Ana Lopes', articles: 2 }]], ['topic', []]]));
    const aside = screen.getByRole('complementary', { name: 'Often mentioned with United Nations' });
    const people = within(aside).getByRole('region', { name: 'People' });
    expect(within(people).getByRole('link', { name: 'Ana Lopes' })).toHaveAttribute('href', '/people/ana');
    expect(within(people).getByRole('listitem')).toHaveTextContent('Ana Lopes 2 shared articles');
    expect(within(aside).queryByRole('region', { name: 'Topics' })).toBeNull();
  });

  it('says so when nothing else shares its articles', () => {
    renderPage(new Map([['person', []], ['topic', []]]));
    expect(screen.getByText('No other people or topics appear in the same articles.')).toBeInTheDocument();
  });
});
