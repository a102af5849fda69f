import { medianOf } from "./median";

export type SectionPoints = { nodePoints: Readonly<Record<string, number>>; total: number };

export type SectionMedians = { bySection: Record<string, number | null>; total: number | null };

/**
 * The bloc median of each section (by node id) and of the total, over the ranked units. A unit
 * without points on a section (the engine always fills every node) counts as 0.
 */
export function sectionMedians(
  units: readonly SectionPoints[],
  sectionIds: readonly string[],
): SectionMedians {
  const bySection: Record<string, number | null> = {};
  for (const id of sectionIds) bySection[id] = medianOf(units.map((unit) => unit.nodePoints[id] ?? 0));
  return { bySection, total: medianOf(units.map((unit) => unit.total)) };
}
