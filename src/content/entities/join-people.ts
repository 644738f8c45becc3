import type { EntityType } from '../../shared/content-types';
import type { NameGroup } from './gather-names';
import { isGivenName } from './lexicon';

const PARTICLE_PREFIX = /^(al|el|ad|as|ash|at|an|ibn|bin|abu)-/;
const words = (key: string) => key.split(' ');

/** True when `short` names the same person as `full` by its last words ("putin" / "vladimir putin"). */
export function isSurnameOf(short: string, full: string): boolean {
  const s = words(short);
  const f = words(full);
  if (s.length >= f.length) return false;
  const tail = f.slice(f.length - s.length);
  if (tail.join(' ') === short) return true;
  // Family name first ("Li Qiang" → "Li"), when the word is no known given name.
  if (s.length === 1 && f.length === 2 && f[0] === short && !isGivenName(short)) return true;
  // "Assad" for "Bashar al-Assad".
  if (s.length === 1 && (f[f.length - 1] ?? '').replace(PARTICLE_PREFIX, '') === short) return true;
  // "Lula" for "Luiz Inácio Lula da Silva": a name between the first and the last.
  return s.length === 1 && f.length >= 3 && f.slice(1, -1).includes(short);
}

/**
 * "Rory" for "Rory McIlroy": a given name alone, in an article that names its bearer in full.
 * "Rosalía" for "Rosalía Vila Tobella": so is a word read as a person's name on its own.
 */
function isGivenNameOf(short: string, full: string, readAsPerson: boolean): boolean {
  const f = words(full);
  return !short.includes(' ') && f.length >= 2 && f[0] === short && (readAsPerson || isGivenName(short));
}

/**
 * Within one article, a shorter mention of a person ("Pashinyan") joins the full name given
 * elsewhere in it ("Nikol Pashinyan"). Ambiguous short names (two full names end the same way)
 * are dropped rather than guessed. Returns short key → full key.
 */
export function joinWithinArticle(groups: ReadonlyMap<string, NameGroup>, typeOf: (g: NameGroup) => EntityType | null): Map<string, string> {
  const fullPeople = [...groups.values()].filter((g) => typeOf(g) === 'person' && words(g.key).length >= 2);
  const joins = new Map<string, string>();
  for (const g of groups.values()) {
    if (g.forced && g.forced !== 'person') continue;
    const type = typeOf(g);
    // A name the lexicon calls a place can still be a surname ("Jordan"), unless the text placed it ("in Jordan").
    if (type !== null && type !== 'person' && !(type === 'place' && g.scores.place <= 3)) continue;
    const matches = fullPeople.filter((p) => p.key !== g.key && (isSurnameOf(g.key, p.key) || isGivenNameOf(g.key, p.key, type === 'person')));
    if (matches.length === 1 && matches[0]) joins.set(g.key, matches[0].key);
    else if (matches.length > 1) joins.set(g.key, '');
  }
  return joins;
}

/** Across the corpus: surname → the one full name that ends with it, when there is exactly one. */
export function uniqueFullNames(fullNames: Iterable<string>): Map<string, string> {
  const bySurname = new Map<string, Set<string>>();
  for (const full of fullNames) {
    const w = words(full);
    if (w.length < 2) continue;
    for (let k = 1; k < w.length; k++) {
      const tail = w.slice(w.length - k).join(' ');
      const set = bySurname.get(tail) ?? new Set();
      set.add(full);
      bySurname.set(tail, set);
    }
    const last = (w[w.length - 1] ?? '').replace(PARTICLE_PREFIX, '');
    if (last !== w[w.length - 1]) bySurname.set(last, (bySurname.get(last) ?? new Set()).add(full));
  }
  const out = new Map<string, string>();
  for (const [surname, set] of bySurname) {
    // Nested full names ("Martin Luther King" / "Luther King") all resolve to the longest.
    const longest = [...set].sort((a, b) => words(b).length - words(a).length)[0];
    if (longest && [...set].every((n) => isSurnameOf(n, longest) || n === longest)) out.set(surname, longest);
  }
  return out;
}
