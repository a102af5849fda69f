import { describe, expect, it } from "vitest";
import { type ScoreNode, ScoringInputError, hasScores, rankAgencies } from "@/domain/scoring";
import { groupContributionsBySection } from "@/domain/rankings";
import { contributionSum, line, makeInput, member, rules, TABLE, task, unitOf } from "./scoring-fixtures";

/** TABLE with deduction leaves pointed at criteria (deduction code → criterion id). */
function tableWith(targets: Partial<Record<string, string>>): ScoreNode[] {
  const point = (node: ScoreNode): ScoreNode => ({
    ...node,
    ...(targets[node.id] ? { reducesCriterionId: targets[node.id] } : {}),
    ...(node.children ? { children: node.children.map(point) } : {}),
  });
  return TABLE.map(point);
}

const rank = (
  targets: Partial<Record<string, string>>,
  lines: ReturnType<typeof line>[],
  tasks = [task("u1")],
) =>
  unitOf(
    rankAgencies(
      makeInput({ scoreTable: tableWith(targets), members: [member("u1")], scoreLines: lines, tasks }),
    ),
    "u1",
  );

describe("a deduction that names a criterion", () => {
  // I.1 (tasks) gives 60,00 from one task done on time; II.1 and II.2 are scored by hand.
  it.each([
    {
      name: "takes a criterion that earned 5,00 down to 0 with 8,00 against it, not the total by 8,00",
      targets: { "V.2": "II.1" },
      lines: [
        ["II.1", 500],
        ["II.2", 2000],
        ["V.2", 800],
      ],
      ii1: 0,
      total: 8000,
    },
    {
      name: "the same deduction on the total, as before",
      targets: {},
      lines: [
        ["II.1", 500],
        ["II.2", 2000],
        ["V.2", 800],
      ],
      ii1: 500,
      total: 7700,
    },
    {
      name: "a smaller deduction leaves the rest of the criterion",
      targets: { "V.1": "II.1" },
      lines: [
        ["II.1", 1500],
        ["V.1", 300],
      ],
      ii1: 1200,
      total: 7200,
    },
    {
      name: "its own cap still applies first (V.1 at most 6,00)",
      targets: { "V.1": "II.1" },
      lines: [
        ["II.1", 2000],
        ["V.1", 900],
      ],
      ii1: 1400,
      total: 7400,
    },
    {
      name: "two deductions on one criterion add up, still down to 0 only",
      targets: { "V.1": "II.1", "V.2": "II.1" },
      lines: [
        ["II.1", 1000],
        ["V.1", 600],
        ["V.2", 800],
      ],
      ii1: 0,
      total: 6000,
    },
    {
      name: "a deduction may name a task-derived criterion",
      targets: { "V.2": "I.1" },
      lines: [["V.2", 800]],
      ii1: 0,
      total: 5200,
    },
  ] as const)("$name", ({ targets, lines, ii1, total }) => {
    const unit = rank(
      targets,
      lines.map(([id, points]) => line("u1", id, points)),
    );
    expect(unit.nodePoints["II.1"] ?? 0).toBe(ii1);
    expect(unit.total).toBe(total);
    expect(contributionSum(unit)).toBe(unit.total);
  });

  it("says where the deduction applies and what the criterion could not give", () => {
    const unit = rank({ "V.2": "II.1" }, [line("u1", "II.1", 500), line("u1", "V.2", 800)]);
    const labels = unit.contributions.map((c) => c.label);
    expect(labels).toContain(
      "Điểm trừ V.2 “Nhiệm vụ không hoàn thành” trừ vào Tiêu chí II.1 “Phát động phong trào thi đua”, không làm tiêu chí thấp hơn 0",
    );
    expect(labels).toContain(
      "Tiêu chí II.1 “Phát động phong trào thi đua”: điểm trừ lớn hơn điểm của tiêu chí, tiêu chí còn 0,00 điểm, điều chỉnh +3,00 điểm",
    );
    expect(unit.deductions).toBe(0); // not counted again with the deductions outside the scale
  });

  it("explains the deduction under the criterion's section: each section's lines add up to its points", () => {
    const unit = rank({ "V.2": "II.1" }, [
      line("u1", "II.1", 500),
      line("u1", "II.2", 1800),
      line("u1", "V.2", 800),
    ]);
    const criteria = TABLE.flatMap((root) => [
      { id: root.id, parentId: null },
      ...(root.children ?? []).map((child) => ({ id: child.id, parentId: root.id })),
    ]);
    const sections = TABLE.map(({ id, code, title }) => ({ id, code, title }));
    const subtotals = Object.fromEntries(
      groupContributionsBySection(unit.contributions, criteria, sections).map((group) => [
        group.section?.code ?? "khác",
        group.subtotal,
      ]),
    );
    expect(subtotals).toEqual({ I: unit.nodePoints.I, II: 1800, IV: 0, V: 0 });
    expect(unit.nodePoints.II).toBe(1800);
  });

  it("leaves a unit with no score entered without scores (its 0,00 is not a result)", () => {
    const unit = rank({ "V.1": "II.1" }, [], []);
    expect(unit.total).toBe(0);
    expect(hasScores(unit)).toBe(false);
  });

  it("counts for 'fewer deductions' in a tie", () => {
    const input = makeInput({
      scoreTable: tableWith({ "V.1": "II.1" }),
      rules: rules({ tieBreaks: ["fewerDeductions"] }),
      members: [member("u1"), member("u2")],
      scoreLines: [line("u1", "II.1", 1500), line("u1", "V.1", 500), line("u2", "II.1", 1000)],
    });
    const result = rankAgencies(input);
    expect(result.units.map((unit) => [unit.unitId, unit.total, unit.rank])).toEqual([
      ["u2", 1000, 1],
      ["u1", 1000, 2],
    ]);
  });

  it.each([
    { name: "a section", targets: { "V.1": "II" } },
    { name: "a bonus item", targets: { "V.1": "IV.1" } },
    { name: "a criterion that is not in the table", targets: { "V.1": "II.9" } },
    { name: "from a manual criterion", targets: { "II.2": "II.1" } },
    { name: "from a deduction group", targets: { V: "II.1" } },
  ])("refuses a deduction target that is $name", ({ targets }) => {
    expect(() => rank(targets, [])).toThrow(ScoringInputError);
  });
});
