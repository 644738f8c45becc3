import fs from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { EntityType } from '../../shared/content-types';
import type { ContentProblem } from '../types';
import { nameKey } from './find-phrase';

/** Editors' corrections to what the extractor finds (seeds/entities.yml). */
export interface Curation {
  /** Alias key → canonical display name. */
  aliases: ReadonlyMap<string, string>;
  /** Name key → forced type. */
  types: ReadonlyMap<string, EntityType>;
  /** Name keys never shown, whatever their type. */
  hide: ReadonlySet<string>;
  /** Names the extractor misses: matched in every article's text. */
  add: readonly { name: string; type: EntityType }[];
  /** Article slug → topics always given to it. */
  pinBySlug: ReadonlyMap<string, readonly string[]>;
  /** Topics given to every article whose text contains one of the phrases. */
  pinByMatch: readonly { topic: string; when: readonly string[] }[];
}

export const EMPTY_CURATION: Curation = { aliases: new Map(), types: new Map(), hide: new Set(), add: [], pinBySlug: new Map(), pinByMatch: [] };

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'topic'];
const TOP_KEYS = ['aliases', 'types', 'hide', 'add', 'topics'];

interface Reporter {
  warn(node: YamlNode | null | undefined, code: string, message: string, hint: string): void;
}

export function loadCuration(file: string, displayPath: string): { curation: Curation; problems: ContentProblem[] } {
  if (!fs.existsSync(file)) return { curation: EMPTY_CURATION, problems: [] };
  return parseCuration(fs.readFileSync(file, 'utf8'), displayPath);
}

export function parseCuration(source: string, displayPath: string): { curation: Curation; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  for (const error of doc.errors) {
    problems.push(problem('error', 'curation-invalid-yaml', displayPath, lineOf(error.pos[0]), `${displayPath} is not valid YAML: ${error.message.split('\n')[0] ?? ''}`, 'Fix the YAML syntax (indentation, colons, quotes); until then no curation applies.'));
  }
  if (doc.errors.length > 0) return { curation: EMPTY_CURATION, problems };
  const report: Reporter = {
    warn: (node, code, message, hint) => problems.push(problem('warning', code, displayPath, lineOf(node?.range?.[0]), message, hint)),
  };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { curation: EMPTY_CURATION, problems };
  if (!isMap(root)) {
    report.warn(root, 'curation-wrong-type', `${displayPath} must be a mapping with keys ${TOP_KEYS.join(', ')}.`, 'Start the file with e.g. "aliases:" on its own line.');
    return { curation: EMPTY_CURATION, problems };
  }
  const curation = { aliases: new Map<string, string>(), types: new Map<string, EntityType>(), hide: new Set<string>(), add: [] as { name: string; type: EntityType }[], pinBySlug: new Map<string, string[]>(), pinByMatch: [] as { topic: string; when: string[] }[] };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (key === 'aliases') readAliases(value, curation.aliases, report);
    else if (key === 'types') readTypes(value, curation.types, report);
    else if (key === 'hide') for (const name of stringList(value, 'hide', report)) curation.hide.add(nameKey(name));
    else if (key === 'add') readAdd(value, curation.add, report);
    else if (key === 'topics') readTopics(value, curation, report);
    else report.warn(pair.key as YamlNode, 'curation-unknown-key', `Unknown key "${key}" in the entity curation file.`, `Use one of: ${TOP_KEYS.join(', ')} (check the spelling).`);
  }
  return { curation, problems };
}

function problem(severity: ContentProblem['severity'], code: string, file: string, line: number | undefined, message: string, hint: string): ContentProblem {
  return line === undefined ? { severity, code, file, message, hint } : { severity, code, file, line, message, hint };
}

function scalarString(node: unknown): string | null {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim() !== '' ? String(node.value).trim() : null;
}

function stringList(node: YamlNode | null, where: string, report: Reporter): string[] {
  if (scalarString(node) !== null) return [scalarString(node) as string];
  if (!isSeq(node)) {
    report.warn(node, 'curation-wrong-type', `"${where}" must be a list of names.`, `Write it as a YAML list, e.g. ${where}: [Name One, Name Two].`);
    return [];
  }
  const out: string[] = [];
  for (const item of node.items) {
    const s = scalarString(item);
    if (s === null) report.warn(item as YamlNode, 'curation-wrong-type', `An entry of "${where}" is not a name.`, 'Each entry must be a plain text name.');
    else out.push(s);
  }
  return out;
}

function entityType(node: unknown, report: Reporter): EntityType | null {
  const s = scalarString(node);
  if (s !== null && (ENTITY_TYPES as readonly string[]).includes(s)) return s as EntityType;
  report.warn(node as YamlNode, 'curation-unknown-entity-type', `"${s ?? ''}" is not an entity type.`, `Use one of: ${ENTITY_TYPES.join(', ')}.`);
  return null;
}

function readAliases(node: YamlNode | null, into: Map<string, string>, report: Reporter): void {
  if (!isMap(node)) return report.warn(node, 'curation-wrong-type', '"aliases" must map a canonical name to a list of other spellings.', 'Write e.g. aliases: { Vladimir Putin: [Putin, V. Putin] }.');
  for (const pair of node.items) {
    const canonical = scalarString(pair.key);
    if (canonical === null) continue;
    for (const alias of stringList(pair.value as YamlNode | null, `aliases.${canonical}`, report)) {
      if (nameKey(alias) === nameKey(canonical)) {
        const item = isSeq(pair.value) ? (pair.value.items.find((i) => scalarString(i) === alias) as YamlNode | undefined) : (pair.value as YamlNode);
        report.warn(item ?? (pair.key as YamlNode), 'curation-alias-to-itself', `"${alias}" is listed as an alias of itself.`, `Remove "${alias}" from the aliases of "${canonical}"; names always match themselves.`);
      } else into.set(nameKey(alias), canonical);
    }
  }
}

function readTypes(node: YamlNode | null, into: Map<string, EntityType>, report: Reporter): void {
  if (!isMap(node)) return report.warn(node, 'curation-wrong-type', '"types" must map a name to its type.', 'Write e.g. types: { Kremlin: organization }.');
  for (const pair of node.items) {
    const name = scalarString(pair.key);
    const type = entityType(pair.value, report);
    if (name !== null && type !== null) into.set(nameKey(name), type);
  }
}

function readAdd(node: YamlNode | null, into: { name: string; type: EntityType }[], report: Reporter): void {
  if (!isSeq(node)) return report.warn(node, 'curation-wrong-type', '"add" must be a list of { name, type } entries.', 'Write e.g. add: [{ name: Lachin corridor, type: place }].');
  for (const item of node.items) {
    const name = isMap(item) ? scalarString(item.get('name', true)) : null;
    if (!isMap(item) || name === null) {
      report.warn(item as YamlNode, 'curation-wrong-type', 'An "add" entry needs a name and a type.', 'Write it as "- name: Some Name" with "type: person" (or place, organization, topic) below.');
      continue;
    }
    for (const pair of item.items) {
      const k = scalarString(pair.key);
      if (k !== 'name' && k !== 'type') report.warn(pair.key as YamlNode, 'curation-unknown-key', `Unknown key "${k ?? ''}" in an "add" entry.`, 'An "add" entry has only "name" and "type".');
    }
    const type = entityType(item.get('type', true), report);
    if (type !== null) into.push({ name, type });
  }
}

function readTopics(node: YamlNode | null, into: { pinBySlug: Map<string, string[]>; pinByMatch: { topic: string; when: string[] }[] }, report: Reporter): void {
  if (!isMap(node)) return report.warn(node, 'curation-wrong-type', '"topics" must be a mapping with "pin" and/or "match".', 'Write e.g. topics: { pin: { some-article-slug: [Peace talks] } }.');
  for (const pair of node.items) {
    const k = scalarString(pair.key);
    const value = pair.value as YamlNode | null;
    if (k === 'pin' && isMap(value)) {
      for (const p of value.items) {
        const slug = scalarString(p.key);
        if (slug !== null) into.pinBySlug.set(slug, stringList(p.value as YamlNode | null, `topics.pin.${slug}`, report));
      }
    } else if (k === 'match' && isSeq(value)) {
      for (const item of value.items) {
        const topic = isMap(item) ? scalarString(item.get('topic', true)) : null;
        if (!isMap(item) || topic === null) {
          report.warn(item as YamlNode, 'curation-wrong-type', 'A "topics.match" entry needs a topic and a "when" list.', 'Write it as "- topic: Peace talks" with "when: [peace talks, negotiations]" below.');
          continue;
        }
        into.pinByMatch.push({ topic, when: stringList(item.get('when', true) as YamlNode | null, 'when', report) });
      }
    } else if (k === 'pin' || k === 'match') {
      report.warn(value ?? (pair.key as YamlNode), 'curation-wrong-type', `"topics.${k}" has the wrong shape.`, k === 'pin' ? 'Map article slugs to lists of topics.' : 'Give a list of { topic, when } entries.');
    } else report.warn(pair.key as YamlNode, 'curation-unknown-key', `Unknown key "${k ?? ''}" under "topics".`, 'Use "pin" (per article slug) or "match" (by phrase).');
  }
}
