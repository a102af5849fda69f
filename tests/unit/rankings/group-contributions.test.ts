import { describe, expect, it } from "vitest";
import { groupContributionsBySection } from "@/domain/rankings";
import type { Contribution } from "@/domain/scoring";

const criteria = [
  { id: "I", parentId: null },
  { id: "I.1", parentId: "I" },
  { id: "II", parentId: null },
  { id: "II.1", parentId: "II" },
  { id: "II.1.a", parentId: "II.1" },
  { id: "V", parentId: null },
];
const sections = [
  { id: "I", code: "I", title: "Nhiệm vụ" },
  { id: "II", code: "II", title: "Thi đua" },
  { id: "V", code: "V", title: "Điểm trừ" },
];
const line = (criterionId: string | undefined, points: number): Contribution => ({
  kind: "manual",
  ...(criterionId && { criterionId }),
  points,
  label: `${criterionId ?? "?"}: ${points}`,
});

describe("groupContributionsBySection", () => {
  it("puts each line under the top-level section above its criterion, however deep, in the sections' order", () => {
    const groups = groupContributionsBySection(
      [line("II.1.a", 300), line("I.1", 5000), line("V", -50), line("I.1", 100)],
      criteria,
      sections,
    );
    expect(groups.map((group) => [group.section?.code, group.lines.length, group.subtotal])).toEqual([
      ["I", 2, 5100],
      ["II", 1, 300],
      ["V", 1, -50],
    ]);
  });

  it("keeps lines of no known section in a last group, so the subtotals still add up to the total", () => {
    const contributions = [line(undefined, -100), line("unknown", 20), line("I.1", 4000)];
    const groups = groupContributionsBySection(contributions, criteria, sections);
    expect(groups.at(-1)).toMatchObject({ section: null, subtotal: -80 });
    expect(groups.reduce((sum, group) => sum + group.subtotal, 0)).toBe(3920);
  });

  it("shows every section, even one without lines, and no extra group when every line is placed", () => {
    const groups = groupContributionsBySection([], criteria, sections);
    expect(groups).toHaveLength(3);
    expect(groups.every((group) => group.subtotal === 0 && group.lines.length === 0)).toBe(true);
  });
});
