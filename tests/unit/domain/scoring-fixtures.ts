import {
  DEFAULT_SCORING_RULES,
  type Member,
  type RankingResult,
  type ScoreLine,
  type ScoreNode,
  type ScoreStage,
  type ScoringInput,
  type ScoringRules,
  type Task,
  type TaskCompletionRule,
  type UnitResult,
} from "@/domain/scoring";

/** A 100-point table: tasks 60, two manual criteria 20 each, bonus capped at 5, deductions at 10. */
export const TABLE: ScoreNode[] = [
  {
    id: "I",
    code: "I",
    title: "Thực hiện nhiệm vụ chính trị",
    kind: "section",
    maxPoints: 6000,
    children: [
      { id: "I.1", code: "I.1", title: "Kết quả thực hiện nhiệm vụ", kind: "taskDerived", maxPoints: 6000 },
    ],
  },
  {
    id: "II",
    code: "II",
    title: "Công tác thi đua, khen thưởng",
    kind: "section",
    maxPoints: 4000,
    children: [
      { id: "II.1", code: "II.1", title: "Phát động phong trào thi đua", kind: "manual", maxPoints: 2000 },
      { id: "II.2", code: "II.2", title: "Chế độ báo cáo", kind: "manual", maxPoints: 2000 },
    ],
  },
  {
    id: "IV",
    code: "IV",
    title: "Điểm thưởng",
    kind: "bonus",
    maxPoints: 500,
    capPoints: 500,
    children: [
      { id: "IV.1", code: "IV.1", title: "Cờ thi đua của Chính phủ", kind: "bonus", maxPoints: 300 },
      { id: "IV.2", code: "IV.2", title: "Sáng kiến được công nhận", kind: "bonus", maxPoints: 400 },
    ],
  },
  {
    id: "V",
    code: "V",
    title: "Điểm trừ",
    kind: "deduction",
    maxPoints: 1000,
    capPoints: 1000,
    children: [
      { id: "V.1", code: "V.1", title: "Báo cáo chậm", kind: "deduction", maxPoints: 600 },
      { id: "V.2", code: "V.2", title: "Nhiệm vụ không hoàn thành", kind: "deduction", maxPoints: 800 },
    ],
  },
];

export function member(unitId: string, extra: Partial<Member> = {}): Member {
  return { unitId, name: `Sở ${unitId}`, joinedOn: "2024-01-01", ...extra };
}

let taskSequence = 0;

/** A task of `ownerUnitId` on I.1, due 30/06/2024, done on time unless overridden. */
export function task(ownerUnitId: string, extra: Partial<Task> = {}): Task {
  taskSequence += 1;
  return {
    id: `t${taskSequence}`,
    number: taskSequence,
    title: `Nhiệm vụ ${taskSequence}`,
    ownerUnitId,
    criterionId: "I.1",
    weight: 1,
    deadline: "2024-06-30",
    status: "done",
    completedOn: "2024-06-30",
    ...extra,
  };
}

let lineSequence = 0;

export function line(
  unitId: string,
  criterionId: string,
  points: number,
  stage: ScoreStage = "final",
): ScoreLine {
  lineSequence += 1;
  return { id: `l${String(lineSequence).padStart(6, "0")}`, unitId, criterionId, stage, points };
}

export function rules(
  patch: Partial<ScoringRules> = {},
  taskPatch: Partial<TaskCompletionRule> = {},
): ScoringRules {
  return {
    ...DEFAULT_SCORING_RULES,
    ...patch,
    taskCompletion: { ...DEFAULT_SCORING_RULES.taskCompletion, ...taskPatch },
  };
}

export function makeInput(patch: Partial<ScoringInput> = {}): ScoringInput {
  return {
    period: { start: "2024-01-01", end: "2024-12-31" },
    asOf: "2024-12-15",
    scoreTable: TABLE,
    rules: rules(),
    members: [],
    tasks: [],
    scoreLines: [],
    ballots: [],
    eligibility: [],
    ...patch,
  };
}

export function unitOf(result: RankingResult, unitId: string): UnitResult {
  const unit = result.units.find((candidate) => candidate.unitId === unitId);
  if (unit === undefined) throw new Error(`no unit ${unitId} in the result`);
  return unit;
}

export function contributionSum(unit: UnitResult): number {
  return unit.contributions.reduce((sum, contribution) => sum + contribution.points, 0);
}

/** Members u1…un whose final manual score II.1 is the given points (everything else zero). */
export function scoredBloc(points: readonly number[], patch: Partial<ScoringInput> = {}): ScoringInput {
  const members = points.map((_, i) => member(`u${i + 1}`));
  const scoreLines = points.map((value, i) => line(`u${i + 1}`, "II.1", value));
  return makeInput({ members, scoreLines, ...patch });
}
