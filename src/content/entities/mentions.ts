import type { EntityKey, Mention } from '../../shared/content-types';

/**
 * Mentions may not overlap: where two found spans do ("Lachin corridor" the topic and
 * "Lachin" the place), the longer wins, since it says more about that stretch of text.
 */
export function resolveOverlaps(found: readonly Mention[]): Mention[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.block - b.block || a.start - b.start);
  const kept: Mention[] = [];
  const taken = new Map<number, [number, number][]>();
  for (const m of byLength) {
    const ranges = taken.get(m.block) ?? [];
    if (ranges.some(([s, e]) => m.start < e && s < m.end)) continue;
    ranges.push([m.start, m.end]);
    taken.set(m.block, ranges);
    kept.push(m);
  }
  return kept.sort((a, b) => a.block - b.block || a.start - b.start);
}

export function countMentions(mentions: readonly Mention[]): Map<EntityKey, number> {
  const counts = new Map<EntityKey, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return counts;
}
