import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SearchBox } from '../../../../src/features/search/components/search-box';

function Harness({ onSubmit = () => {}, onArrowDown }: { onSubmit?: () => void; onArrowDown?: () => void }) {
  const [value, setValue] = useState('');
  return <SearchBox value={value} onChange={setValue} onSubmit={onSubmit} onArrowDown={onArrowDown} />;
}

describe('SearchBox', () => {
  it('is a search landmark with a labelled box the "/" shortcut can find by id', () => {
    render(<Harness />);
    const box = screen.getByRole('searchbox', { name: 'Search articles' });
    expect(screen.getByRole('search')).toContainElement(box);
    expect(box).toHaveAttribute('id', 'site-search');
  });

  it('the visible button focuses the empty box, and searches when there is a query', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.type(screen.getByRole('searchbox'), 'karabakh');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('Escape clears the box; Arrow Down moves to the results', async () => {
    const user = userEvent.setup();
    const onArrowDown = vi.fn();
    render(<Harness onArrowDown={onArrowDown} />);
    const box = screen.getByRole('searchbox');
    await user.type(box, 'putin');
    expect(box).toHaveValue('putin');
    await user.keyboard('{ArrowDown}');
    expect(onArrowDown).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });
});
