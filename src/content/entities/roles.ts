import { ROLE_WORDS } from './word-lists';

// Role words that also describe an institution ("Foreign Intelligence Service", "Russian
// Defense Ministry"): they may sit inside an organisation's name, other role words may not.
const MODIFIERS = new Set(
  'prime vice deputy foreign defence defense interior finance justice health education economy trade supreme state security national first acting former late then federal affairs executive presidential assistant'.split(' '),
);

export const isRole = (fold: string) => ROLE_WORDS.has(fold) || ROLE_WORDS.has(fold.replace(/[-‐‑].*$/, ''));
export const isRoleModifier = (fold: string) => MODIFIERS.has(fold);
/** A role word that names a post ("President", "Secretary"): it ends an organisation's name. */
export const isTitleNoun = (fold: string) => isRole(fold) && !MODIFIERS.has(fold);
