import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { BrowseNav } from '../../../../src/features/entities/components/browse-nav';

describe('BrowseNav', () => {
  it('links each index with its count and marks the current type', () => {
    render(
      <MemoryRouter>
        <BrowseNav counts={{ person: 12, place: 5, organization: 0, topic: 30 }} current={{ type: 'place', kind: 'true' }} />
      </MemoryRouter>,
    );
    const nav = screen.getByRole('navigation', { name: 'Browse' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['People 12', '/people'],
      ['Places 5', '/places'],
      ['Organisations 0', '/organizations'],
      ['Topics 30', '/topics'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Places 5' })).toHaveAttribute('aria-current', 'true');
    expect(within(nav).getByRole('link', { name: 'People 12' })).not.toHaveAttribute('aria-current');
  });
});
