import nlp from 'compromise';
import type { Token } from './tokens';
import { COMPANY_ENDINGS, ORG_CUES, PLACE_CUES } from './word-lists';

const COMPROMISE_ORG_WORDS = new Set(Object.keys((nlp.model() as { two: { orgWords: Record<string, unknown> } }).two.orgWords));

/** "galleries" → "gallery", "ministries" → "ministry", "groups" → "group". */
export const singular = (fold: string) => (fold.endsWith('ies') ? `${fold.slice(0, -3)}y` : fold.endsWith('s') ? fold.slice(0, -1) : fold);

/** A capitalised word that closes an organisation's name ("Ministry", "Administration"): ours or compromise's. */
// compromise counts "airport" and "station" among them: for us those close a place's name.
export const isOrgCue = (t: Token) => t.cap && [t.fold, singular(t.fold)].some((f) => ORG_CUES.has(f) || COMPANY_ENDINGS.has(f) || (COMPROMISE_ORG_WORDS.has(f) && !PLACE_CUES.has(f)));
