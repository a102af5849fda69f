import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RoundingMode, type ScoreNode, type Task, rankAgencies } from "@/domain/scoring";
import { contributionSum, makeInput, member, rules, task, unitOf } from "./scoring-fixtures";

/** Two task-derived criteria of 10,00 points each, and a manual one. */
const TWO_TASK_CRITERIA: ScoreNode[] = [
  {
    id: "I",
    code: "I",
    title: "Nhiệm vụ",
    kind: "section",
    maxPoints: 2000,
    children: [
      { id: "I.1", code: "I.1", title: "Nhiệm vụ chương trình", kind: "taskDerived", maxPoints: 1000 },
      { id: "I.2", code: "I.2", title: "Nhiệm vụ đột xuất", kind: "taskDerived", maxPoints: 1000 },
    ],
  },
  { id: "II", code: "II", title: "Thi đua", kind: "manual", maxPoints: 8000 },
];

const twoOfThree = (criterionId: string): Task[] => [
  task("u1", { criterionId }),
  task("u1", { criterionId }),
  task("u1", { criterionId, status: "notDone" }),
];

const rank = (rounding: RoundingMode, tasks: Task[]) =>
  unitOf(
    rankAgencies(
      makeInput({
        scoreTable: TWO_TASK_CRITERIA,
        members: [member("u1")],
        tasks,
        rules: rules({ totals: { allowNegative: false, classifyOn: "total", rounding } }),
      }),
    ),
    "u1",
  );

describe("rounding the task points", () => {
  it.each([
    { rounding: "perCriterion", total: 1334, adjustment: null },
    { rounding: "atTotal", total: 1333, adjustment: -1 },
  ] as const)("6,666… + 6,666… per $rounding → $total", ({ rounding, total, adjustment }) => {
    const unit = rank(rounding, [...twoOfThree("I.1"), ...twoOfThree("I.2")]);
    expect(unit.nodePoints["I.1"]).toBe(667); // each criterion is shown rounded either way
    expect(unit.total).toBe(total);
    expect(unit.taskPoints).toBe(total);
    expect(contributionSum(unit)).toBe(unit.total);
    const line = unit.contributions.find((c) => c.label.startsWith("Làm tròn một lần ở tổng điểm"));
    expect(line?.points ?? null).toBe(adjustment);
  });

  it("changes nothing where each criterion is already exact", () => {
    const done = [task("u1", { criterionId: "I.1" }), task("u1", { criterionId: "I.2" })];
    expect(rank("atTotal", done).total).toBe(rank("perCriterion", done).total);
  });

  it("rounds once: the total is the exact sum rounded half up, whatever order the tasks come in", () => {
    const taskArb = fc.record({
      criterionId: fc.constantFrom("I.1", "I.2"),
      weight: fc.integer({ min: 1, max: 5 }),
      status: fc.constantFrom("done", "notDone", "partial" as const),
      completionShare: fc.integer({ min: 0, max: 10000 }),
    });
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 12 }), fc.boolean(), (specs, reversed) => {
        const tasks = specs.map((spec, i) => task("u1", { ...spec, id: `t${i}`, number: i + 1 }));
        const unit = rank("atTotal", reversed ? [...tasks].reverse() : tasks);
        // Exact: Σ over criteria of max × Σ(weight × share) / (Σ weight × 10000), as a fraction.
        let [numerator, denominator] = [0n, 1n];
        for (const id of ["I.1", "I.2"]) {
          const mine = tasks.filter((t) => t.criterionId === id);
          const weight = mine.reduce((sum, t) => sum + t.weight, 0);
          if (weight === 0) continue;
          const share = (t: Task) =>
            t.status === "done" ? 10000 : t.status === "partial" ? (t.completionShare ?? 0) : 0;
          const part = BigInt(mine.reduce((sum, t) => sum + 1000 * t.weight * share(t), 0));
          const d = BigInt(weight * 10000);
          [numerator, denominator] = [numerator * d + part * denominator, denominator * d];
        }
        expect(unit.total).toBe(Number((2n * numerator + denominator) / (2n * denominator)));
        expect(contributionSum(unit)).toBe(unit.total);
      }),
    );
  });
});
