import type { TaskTally } from "./input";
import { formatPoints } from "@/domain/format/numbers";
import type { Contribution } from "./result";
import { apportion } from "./rounding";
import type { TableNode } from "./score-table";
import { assessFacts, isPenalised, type TaskAssessment, type TaskState } from "./task-assessment";
import {
  emptyCriterionScore,
  exactOf,
  type TaskCriterionContext,
  type TaskCriterionScore,
} from "./task-criterion";
import { noTaskLine } from "./task-lines";

const STATE_PHRASE: Record<TaskState, string> = {
  onTime: "hoàn thành đúng hạn",
  late: "hoàn thành trễ hạn",
  partial: "hoàn thành một phần",
  notDone: "không hoàn thành",
  overdue: "chưa hoàn thành, đã quá hạn",
  notYetDueCounted: "chưa đến hạn, vẫn tính theo quy chế",
  notYetDue: "chưa đến hạn: không tính điểm",
  outsideMembership: "có hạn ngoài thời gian là thành viên khối: không tính điểm",
};

function phrase(tally: TaskTally, assessment: TaskAssessment): string {
  if (assessment.state === "late" && tally.daysLate !== null) return `hoàn thành trễ ${tally.daysLate} ngày`;
  return STATE_PHRASE[assessment.state];
}

function tallyLine(
  tally: TaskTally,
  assessment: TaskAssessment,
  points: number,
  criterionId: string,
  explain: boolean,
): Contribution {
  if (!explain) {
    const kind = assessment.counted ? "task" : "taskExcluded";
    return { kind, criterionId, points: assessment.counted ? points : 0, label: "" };
  }
  const head = `${tally.count} nhiệm vụ ${phrase(tally, assessment)}`;
  if (!assessment.counted) return { kind: "taskExcluded", criterionId, points: 0, label: head };
  return { kind: "task", criterionId, points, label: `${head}: ${formatPoints(points)} điểm` };
}

/**
 * As scoreTaskCriterion, from tallies: the same single rounding of Σ(weight × share) / Σ(weight
 * counted) × criterion max, the same counts and deductions; one explanation line per tally.
 */
export function scoreTallyCriterion(
  entry: TableNode,
  tallies: TaskTally[] | undefined,
  context: TaskCriterionContext & { windowed: boolean },
): TaskCriterionScore {
  const result = emptyCriterionScore();
  // A fixed order, so the lines (and the split of the rounding between them) never depend on the
  // input's. The list is the unit's own bucket of this run's index: ordered where it is.
  const list = tallies === undefined ? [] : inKeyOrder(tallies);
  const assessments = list.map((tally) =>
    assessFacts(
      {
        status: tally.status,
        daysLate: tally.daysLate,
        pastDeadline: tally.pastDeadline,
        outsideMembership: tally.outsideMembership,
        completionShare: 0,
      },
      context.rule,
      context.windowed,
    ),
  );
  let countedWeight = 0;
  const max = entry.node.maxPoints;
  const numerators = list.map((tally, i) => {
    const assessment = assessments[i] as TaskAssessment;
    if (!assessment.counted) return 0;
    countedWeight += tally.weight;
    return max * (assessment.state === "partial" ? tally.weightedShare : tally.weight * assessment.share);
  });
  const parts = countedWeight === 0 ? numerators : apportion(numerators, countedWeight * 10000);
  result.exact = exactOf(numerators, countedWeight);
  list.forEach((tally, i) => {
    const assessment = assessments[i] as TaskAssessment;
    const points = parts[i] ?? 0;
    result.points += points;
    result.contributions.push(tallyLine(tally, assessment, points, entry.node.id, context.explain));
    if (!assessment.counted) return;
    result.counted += tally.count;
    if (assessment.state === "onTime") result.onTime += tally.count;
    if (!isPenalised(assessment.state)) return;
    result.notDone += tally.count;
    if (context.penaltyPoints > 0) result.penalties.push(penaltyTallyLine(tally, context));
  });
  if (countedWeight === 0) result.contributions.push(noTaskLine(entry, list.length > 0, context.explain));
  return result;
}

/**
 * The order of the tallies' keys "status|days late (or 'late')|past deadline|outside membership"
 * as text, compared field by field so that no key is built (province scale: thousands of tallies).
 * No status is the start of another; a number of days compares as its text followed by "|".
 */
function byKey(a: TaskTally, b: TaskTally): number {
  if (a.status !== b.status) return a.status < b.status ? -1 : 1;
  if (a.daysLate !== b.daysLate) return `${a.daysLate ?? "late"}|` < `${b.daysLate ?? "late"}|` ? -1 : 1;
  if (a.pastDeadline !== b.pastDeadline) return a.pastDeadline ? 1 : -1;
  if (a.outsideMembership !== b.outsideMembership) return a.outsideMembership ? 1 : -1;
  return 0;
}

/**
 * Orders a unit's few tallies of one criterion (a handful: one per status and state) in place, by
 * insertion: Array#sort allocates a work copy per call, which showed at province scale (800 calls
 * a ranking). Stable, as Array#sort.
 */
function inKeyOrder(tallies: TaskTally[]): TaskTally[] {
  for (let i = 1; i < tallies.length; i += 1) {
    const tally = tallies[i] as TaskTally;
    let j = i - 1;
    for (; j >= 0 && byKey(tallies[j] as TaskTally, tally) > 0; j -= 1)
      tallies[j + 1] = tallies[j] as TaskTally;
    tallies[j + 1] = tally;
  }
  return tallies;
}

function penaltyTallyLine(tally: TaskTally, context: TaskCriterionContext): Contribution {
  const points = tally.count * context.penaltyPoints;
  return {
    kind: "taskDeduction",
    criterionId: context.penaltyCriterionId ?? undefined,
    points: -points,
    label: context.explain
      ? `${tally.count} nhiệm vụ không hoàn thành: trừ ${formatPoints(points)} điểm`
      : "",
  };
}
