import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-utils/render-route';

const html = document.documentElement;

afterEach(() => {
  window.localStorage.clear();
  for (const name of ['data-theme', 'data-font-size', 'data-line-width', 'data-face']) html.removeAttribute(name);
});

async function openSettings(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Settings' }));
  return screen.getByRole('dialog', { name: 'Reading settings' });
}

describe('reading settings and keyboard shortcuts', () => {
  it('applies and remembers theme, text size, line width and typeface as they are chosen', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    const dialog = await openSettings(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Sepia' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Larger' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Narrow' }));
    await user.click(within(dialog).getByRole('radio', { name: 'OpenDyslexic' }));
    expect(html).toHaveAttribute('data-theme', 'sepia');
    expect(html).toHaveAttribute('data-font-size', 'x-large');
    expect(html).toHaveAttribute('data-line-width', 'narrow');
    expect(html).toHaveAttribute('data-face', 'dyslexic');
    expect(JSON.parse(window.localStorage.getItem('newsreader:settings') ?? '{}')).toMatchObject({ theme: 'sepia', fontSize: 'x-large', lineWidth: 'narrow', face: 'dyslexic' });

    await user.click(within(dialog).getByRole('radio', { name: 'Match system' }));
    expect(html).not.toHaveAttribute('data-theme');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Reading settings' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('t cycles the theme and says so; ? lists the shortcuts', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('t');
    expect(html).toHaveAttribute('data-theme', 'light');
    await user.keyboard('t');
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(screen.getByText('Theme: Dark')).toBeInTheDocument();

    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getAllByRole('row')).toHaveLength(6);
    expect(within(help).getByRole('cell', { name: 'Theme in Settings' })).toBeInTheDocument();
  });

  it('leaves letters alone while typing, and with modifier keys', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    const search = await screen.findByRole('searchbox', { name: 'Search articles' });
    await user.click(search);
    await user.keyboard('tjk?');
    expect(search).toHaveValue('tjk?');
    expect(html).not.toHaveAttribute('data-theme');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    search.blur();
    await user.keyboard('{Control>}t{/Control}{Alt>}t{/Alt}');
    expect(html).not.toHaveAttribute('data-theme');
  });

  it('/ focuses the search box and j moves to the first article in the list', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    const list = await screen.findByRole('list', { name: 'Articles' });
    await user.keyboard('j');
    const links = within(list).getAllByRole('link').filter((link) => link.closest('h2'));
    expect(links[0]).toHaveFocus();
    await user.keyboard('j');
    expect(links[1]).toHaveFocus();
    await user.keyboard('k');
    expect(links[0]).toHaveFocus();
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search articles' })).toHaveFocus();
  });

  it('can turn the single-key shortcuts off (WCAG 2.1.4)', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    const dialog = await openSettings(user);
    await user.click(within(dialog).getByRole('checkbox', { name: /Single-key shortcuts/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await act(async () => {
      await user.keyboard('t?');
    });
    expect(html).not.toHaveAttribute('data-theme');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    expect(JSON.parse(window.localStorage.getItem('newsreader:settings') ?? '{}')).toMatchObject({ shortcuts: false });
  });
});
