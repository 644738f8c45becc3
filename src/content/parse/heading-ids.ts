import { slugify } from '../../shared/slugify';

/** Returns a function giving each heading an anchor id unique within one article. */
export function headingIdAllocator(): (text: string) => string {
  const used = new Set<string>();
  // Remembering the next suffix per base keeps thousands of equal headings linear.
  const nextSuffix = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'section';
    let n = nextSuffix.get(base) ?? 2;
    let id = used.has(base) ? `${base}-${n}` : base;
    while (used.has(id)) id = `${base}-${++n}`;
    if (id !== base) nextSuffix.set(base, n + 1);
    used.add(id);
    return id;
  };
}
