import { useRef } from 'react';

interface SearchBoxProps {
  value: string;
  onChange: (q: string) => void;
  onSubmit: () => void;
  /** Called on focus: a cue to start loading the index before the first keystroke. */
  onWarmUp?: () => void;
  /** Arrow Down moves here: the results list's first link. */
  onArrowDown?: () => void;
}

/**
 * The search field. Its id is the one the global "/" shortcut focuses; the visible button also
 * focuses it when empty (and searches otherwise). Escape clears it.
 */
export function SearchBox({ value, onChange, onSubmit, onWarmUp, onArrowDown }: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() === '') input.current?.focus();
        else onSubmit();
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        Search articles
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        value={value}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search titles, text, people, topics…"
        aria-describedby="search-hint"
        onFocus={onWarmUp}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            // Handled here so a surrounding dialog or the browser does not also act on it.
            event.preventDefault();
            event.stopPropagation();
            onChange('');
          } else if (event.key === 'ArrowDown' && onArrowDown) {
            event.preventDefault();
            onArrowDown();
          }
        }}
      />
      <button type="submit">Search</button>
      <p id="search-hint" className="visually-hidden">
        Escape clears the search; the arrow keys move through the results.
      </p>
    </form>
  );
}
