import { ROLE_WORDS } from './word-lists';

// Role words that also describe an institution ("Foreign Intelligence Service", "Russian
// Defense Ministry"): they may sit inside an organisation's name, other role words may not.
const MODIFIERS = new Set(
  'prime vice deputy foreign defence defense interior finance justice health education economy trade supreme state security national first acting former late then federal affairs executive presidential assistant financial operating technology information marketing investment medical scientific legal commercial creative digital democrat republican'.split(' '),
);

/** "President-elect", "ex-president": a post with a hyphenated tail. "Saint-Mandé" is a town's name. */
export function isRole(fold: string): boolean {
  if (ROLE_WORDS.has(fold)) return true;
  const head = fold.replace(/[-‐‑].*$/, '');
  return head !== fold && head !== 'saint' && ROLE_WORDS.has(head);
}
export const isRoleModifier = (fold: string) => MODIFIERS.has(fold);
/** A role word that names a post ("President", "Secretary"): it ends an organisation's name. */
export const isTitleNoun = (fold: string) => isRole(fold) && !MODIFIERS.has(fold);
