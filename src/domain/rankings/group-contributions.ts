import type { Contribution } from "@/domain/scoring";

export type CriterionLink = { id: string; parentId: string | null };
export type Section = { id: string; code: string; title: string };

export type ContributionGroup = {
  /** Null for lines that belong to no section of the table (e.g. a penalty booked nowhere). */
  section: Section | null;
  lines: Contribution[];
  /** Signed centipoints; the subtotals of all groups add up to the unit's total. */
  subtotal: number;
};

/** The top-level node above a criterion, following parent links. */
function rootOf(criterionId: string, parents: ReadonlyMap<string, string | null>): string {
  let current = criterionId;
  for (let parent = parents.get(current); parent; parent = parents.get(current)) current = parent;
  return current;
}

/**
 * A unit's explanation lines grouped by the section of the score table they fall under, in the
 * sections' order; lines under no known section come last in a group of their own.
 */
export function groupContributionsBySection(
  contributions: readonly Contribution[],
  criteria: readonly CriterionLink[],
  sections: readonly Section[],
): ContributionGroup[] {
  const parents = new Map(criteria.map((criterion) => [criterion.id, criterion.parentId]));
  const groups = new Map<string | null, ContributionGroup>(
    sections.map((section) => [section.id, { section, lines: [], subtotal: 0 }]),
  );
  const other: ContributionGroup = { section: null, lines: [], subtotal: 0 };
  for (const line of contributions) {
    const root = line.criterionId === undefined ? null : rootOf(line.criterionId, parents);
    const group = (root !== null && groups.get(root)) || other;
    group.lines.push(line);
    group.subtotal += line.points;
  }
  const ordered = [...groups.values()];
  return other.lines.length > 0 ? [...ordered, other] : ordered;
}
