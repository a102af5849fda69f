import fc from "fast-check";
import { addDays } from "@/domain/calendar";
import {
  type AwardRule,
  type BallotTally,
  type ClassificationLevel,
  type EligibilityFlags,
  type Member,
  type ScoreLine,
  type ScoreNode,
  type ScoringInput,
  type Task,
  DEFAULT_SCORING_RULES,
  TIE_BREAK_RULES,
} from "@/domain/scoring";
import { makeInput, rules, TABLE } from "./scoring-fixtures";

const day = fc.integer({ min: 0, max: 365 }).map((offset) => addDays("2024-01-01", offset));
const UNIT_IDS = ["a", "b", "c", "d", "e", "f", "g"];

const memberArb = (unitId: string): fc.Arbitrary<Member> =>
  fc
    .record({
      joinedOn: day,
      leftOn: fc.option(day, { nil: undefined }),
      name: fc.constantFrom("Sở Xây dựng", "Sở Công Thương", "Ban Đ", "Ban D", "Sở Y tế"),
    })
    .map(({ joinedOn, leftOn, name }) => {
      const [first, last] =
        leftOn !== undefined && leftOn < joinedOn ? [leftOn, joinedOn] : [joinedOn, leftOn];
      return {
        unitId,
        name,
        joinedOn: first < "2024-03-01" ? "2024-01-01" : first,
        ...(last === undefined ? {} : { leftOn: last }),
      };
    });

const taskArb = (owners: readonly string[]): fc.Arbitrary<Omit<Task, "id" | "number">> =>
  fc.record({
    ownerUnitId: fc.constantFrom(...owners),
    criterionId: fc.constant("I.1"),
    title: fc.constant("Nhiệm vụ"),
    weight: fc.integer({ min: 1, max: 2 }),
    deadline: day,
    status: fc.constantFrom("notStarted", "inProgress", "done", "partial", "notDone" as const),
    completedOn: day,
    completionShare: fc.constantFrom(0, 3333, 5000, 10000),
    isKey: fc.boolean(),
  });

// Cross-check lines come from the secretariat or, in peer cross-checking, from another member.
const lineArb = (owners: readonly string[]): fc.Arbitrary<Omit<ScoreLine, "id">> =>
  fc
    .record({
      unitId: fc.constantFrom(...owners),
      criterionId: fc.constantFrom("II.1", "II.2", "IV.1", "IV.2", "V.1"),
      stage: fc.constantFrom("self", "crossCheck", "final" as const),
      points: fc.constantFrom(-100, 0, 300, 500, 1000, 2500),
      scorer: fc.option(fc.constantFrom(...owners), { nil: undefined }),
    })
    .map(({ scorer, ...line }) =>
      line.stage === "crossCheck" && scorer !== undefined && scorer !== line.unitId
        ? { ...line, scorerUnitId: scorer }
        : line,
    );

const rulesArb = fc.record({
  tieBreaks: fc.shuffledSubarray([...TIE_BREAK_RULES]),
  membership: fc.constantFrom("yearEndMembersOnly", "prorateByMembership" as const),
  allowSelfScoreFallback: fc.boolean(),
  notYetDue: fc.constantFrom("exclude", "countAsZero" as const),
  penalty: fc.constantFrom(0, 50),
  lateReductionPerDay: fc.constantFrom(0, 100),
  totals: fc.record({
    allowNegative: fc.boolean(),
    classifyOn: fc.constantFrom("total", "base" as const),
    rounding: fc.constantFrom("perCriterion", "atTotal" as const),
  }),
  leadingAwardFallback: fc.constantFrom("blocDecides", "nextEligible" as const),
  ballotThreshold: fc.constantFrom(null, 5001),
  // Deduction V.1 on the total, or on a manual or the task-derived criterion.
  v1Reduces: fc.constantFrom(null, "II.1", "I.1"),
  combine: fc.constantFrom("mean", "median", "trimmedMean", "min" as const),
  // What the best level asks of key tasks.
  keyTasks: fc.constantFrom("any", "noneNotDone", "allOnTime" as const),
});

/**
 * A random bloc-year of up to 7 members. Points come from a few values so that equal totals,
 * and so the tie-break chain and shared ranks, turn up often.
 */
export const blocArb: fc.Arbitrary<ScoringInput> = fc
  .integer({ min: 0, max: UNIT_IDS.length })
  .chain((count) => {
    const ids = UNIT_IDS.slice(0, count);
    const owners = count === 0 ? ["a"] : ids;
    return fc
      .record({
        members: fc.tuple(...ids.map(memberArb)),
        tasks: fc.array(taskArb(owners), { maxLength: count === 0 ? 0 : 25 }),
        lines: fc.array(lineArb(owners), { maxLength: count === 0 ? 0 : 25 }),
        votes: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: count, maxLength: count }),
        flagged: fc.subarray(ids),
        rule: rulesArb,
        asOf: day,
      })
      .map(({ members, tasks, lines, votes, flagged, rule, asOf }) => {
        const ballots: BallotTally[] = ids.map((unitId, i) => ({
          unitId,
          awardCode: "CO_THI_DUA_UBND_TINH",
          votesFor: votes[i] ?? 0,
          votersPresent: 7,
        }));
        const eligibility: EligibilityFlags[] = flagged.map((unitId) => ({ unitId, underInspection: true }));
        const {
          penalty,
          notYetDue,
          lateReductionPerDay,
          ballotThreshold,
          v1Reduces,
          keyTasks,
          combine,
          ...top
        } = rule;
        const [best, ...lower] = DEFAULT_SCORING_RULES.classificationLevels as [
          ClassificationLevel,
          ...ClassificationLevel[],
        ];
        const [flag, ...others] = DEFAULT_SCORING_RULES.awards as [AwardRule, ...AwardRule[]];
        return makeInput({
          scoreTable: v1Reduces === null ? TABLE : reducing("V.1", v1Reduces),
          asOf,
          members,
          tasks: tasks.map((t, i) => ({ ...t, id: `t${i}`, number: i + 1 })),
          scoreLines: lines.map((l, i) => ({ ...l, id: `l${i}` })),
          ballots,
          eligibility,
          rules: rules(
            {
              ...top,
              awards: [{ ...flag, ballotThreshold }, ...others],
              classificationLevels: [{ ...best, keyTasks }, ...lower],
              crossCheck: { scorers: "allMembers", combine, assignments: [] },
            },
            {
              notYetDue,
              lateReductionPerDay,
              lateFloorShare: 1000,
              notDoneDeductionPoints: penalty,
              notDoneDeductionCriterionId: penalty > 0 ? "V.2" : null,
            },
          ),
        });
      });
  });

/** TABLE with one deduction leaf reducing a criterion instead of the total. */
function reducing(deductionId: string, criterionId: string): ScoreNode[] {
  const point = (node: ScoreNode): ScoreNode => ({
    ...node,
    ...(node.id === deductionId ? { reducesCriterionId: criterionId } : {}),
    ...(node.children ? { children: node.children.map(point) } : {}),
  });
  return TABLE.map(point);
}
