import { describe, expect, it } from "vitest";

import {
  type ScoringInput,
  ScoringInputError,
  type ScoringInputErrorCode,
  rankAgencies,
} from "@/domain/scoring";

import { TABLE, line, makeInput, member, rules, task } from "./scoring-fixtures";

const base = makeInput({ members: [member("u1")] });

const cases: { name: string; input: ScoringInput; code: ScoringInputErrorCode }[] = [
  {
    name: "a task of a unit outside the bloc",
    input: { ...base, tasks: [task("ghost")] },
    code: "unknownUnit",
  },
  {
    name: "a task on a manual criterion",
    input: { ...base, tasks: [task("u1", { criterionId: "II.1" })] },
    code: "unknownCriterion",
  },
  {
    name: "a task on a section",
    input: { ...base, tasks: [task("u1", { criterionId: "I" })] },
    code: "unknownCriterion",
  },
  {
    name: "a score line on a task-derived criterion",
    input: { ...base, scoreLines: [line("u1", "I.1", 100)] },
    code: "unknownCriterion",
  },
  {
    name: "a score line of a unit outside the bloc",
    input: { ...base, scoreLines: [line("ghost", "II.1", 100)] },
    code: "unknownUnit",
  },
  {
    name: "fractional points",
    input: { ...base, scoreLines: [line("u1", "II.1", 10.5)] },
    code: "invalidNumber",
  },
  {
    name: "done without a completion date",
    input: { ...base, tasks: [task("u1", { completedOn: undefined })] },
    code: "missingCompletionDate",
  },
  {
    name: "a date that is not YYYY-MM-DD",
    input: { ...base, tasks: [task("u1", { deadline: "30/06/2024" })] },
    code: "invalidDate",
  },
  { name: "month 13", input: { ...base, asOf: "2024-13-01" }, code: "invalidDate" },
  { name: "a zero weight", input: { ...base, tasks: [task("u1", { weight: 0 })] }, code: "invalidNumber" },
  {
    name: "a partial share above 100 %",
    input: { ...base, tasks: [task("u1", { status: "partial", completionShare: 10001 })] },
    code: "invalidNumber",
  },
  {
    name: "weights too large for exact integer arithmetic",
    input: { ...base, tasks: [task("u1", { weight: 1_000_000_000 })] },
    code: "numberTooLarge",
  },
  {
    name: "a member listed twice",
    input: { ...base, members: [member("u1"), member("u1")] },
    code: "duplicate",
  },
  {
    name: "leaving before joining",
    input: { ...base, members: [member("u1", { leftOn: "2023-12-31" })] },
    code: "invalidDate",
  },
  {
    name: "a late share above the on-time share",
    input: { ...base, rules: rules({}, { lateShare: 10000, onTimeShare: 9000 }) },
    code: "invalidRules",
  },
  {
    name: "a task deduction without a deduction node",
    input: { ...base, rules: rules({}, { notDoneDeductionPoints: 100 }) },
    code: "invalidRules",
  },
  {
    name: "a task deduction booked on a bonus node",
    input: {
      ...base,
      rules: rules({}, { notDoneDeductionPoints: 100, notDoneDeductionCriterionId: "IV.1" }),
    },
    code: "invalidRules",
  },
  {
    name: "an unknown tie-break",
    input: { ...base, rules: rules({ tieBreaks: ["alphabetical" as never] }) },
    code: "invalidRules",
  },
  {
    name: "a tie-break listed twice",
    input: { ...base, rules: rules({ tieBreaks: ["moreBonus", "moreBonus"] }) },
    code: "invalidRules",
  },
  {
    name: "a ballot for an unknown award",
    input: { ...base, ballots: [{ unitId: "u1", awardCode: "X", votesFor: 1, votersPresent: 2 }] },
    code: "unknownAward",
  },
  {
    name: "more votes than voters",
    input: {
      ...base,
      ballots: [{ unitId: "u1", awardCode: "CO_THI_DUA_UBND_TINH", votesFor: 3, votersPresent: 2 }],
    },
    code: "invalidNumber",
  },
  {
    name: "eligibility of a unit outside the bloc",
    input: { ...base, eligibility: [{ unitId: "ghost", underInvestigation: true }] },
    code: "unknownUnit",
  },
  {
    name: "a duplicate node id",
    input: {
      ...base,
      scoreTable: [...TABLE, { id: "I", code: "VI", title: "Trùng", kind: "manual", maxPoints: 100 }],
    },
    code: "invalidScoreTable",
  },
  {
    name: "a cap on a scale node",
    input: {
      ...base,
      scoreTable: [{ id: "A", code: "A", title: "A", kind: "manual", maxPoints: 100, capPoints: 50 }],
    },
    code: "invalidScoreTable",
  },
  {
    name: "a bonus item under a deduction node",
    input: {
      ...base,
      scoreTable: [
        {
          id: "D",
          code: "D",
          title: "D",
          kind: "deduction",
          maxPoints: 100,
          children: [{ id: "B", code: "B", title: "B", kind: "bonus", maxPoints: 100 }],
        },
      ],
    },
    code: "invalidScoreTable",
  },
];

describe("input errors", () => {
  it.each(cases)("$name → $code", ({ input, code }) => {
    let caught: unknown;
    try {
      rankAgencies(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScoringInputError);
    expect((caught as ScoringInputError).code).toBe(code);
    expect((caught as ScoringInputError).message).toMatch(/[À-ỹ]/u);
  });

  it("ignores the tasks and lines of a unit that is not ranked this year", () => {
    const input = makeInput({
      members: [member("u1"), member("gone", { leftOn: "2024-03-31" })],
      tasks: [task("gone")],
      scoreLines: [line("gone", "II.1", 500)],
    });
    expect(rankAgencies(input).units.map((u) => u.unitId)).toEqual(["u1"]);
  });
});
