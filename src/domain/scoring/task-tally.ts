import type { IsoDate, Member, Task, TaskTally } from "./input";
import type { TaskCompletionRule } from "./rules";
import { type AssessmentContext, factsOf } from "./task-assessment";

/**
 * The tallies a list of tasks makes (TaskTally): tasks of one unit and criterion whose facts the
 * rules read alike go together. Days late are told apart only when the rules reduce a late share
 * per day. The definition a database's grouping query must match (tests hold the two together).
 */
export function tallyTasks(options: {
  tasks: readonly Task[];
  members: readonly Member[];
  asOf: IsoDate;
  rule: TaskCompletionRule;
}): TaskTally[] {
  const memberOf = new Map(options.members.map((member) => [member.unitId, member]));
  const tallies = new Map<string, TaskTally>();
  for (const task of options.tasks) {
    const member = memberOf.get(task.ownerUnitId);
    const window = member ? { from: member.joinedOn, to: member.leftOn ?? null } : null;
    const context: AssessmentContext = { asOf: options.asOf, rule: options.rule, window };
    const facts = factsOf(task, context);
    const done = task.status === "done";
    const open = task.status === "notStarted" || task.status === "inProgress";
    const daysLate = !done
      ? 0
      : options.rule.lateReductionPerDay > 0 || facts.daysLate === 0
        ? facts.daysLate
        : null;
    const tally: TaskTally = {
      ownerUnitId: task.ownerUnitId,
      criterionId: task.criterionId,
      status: task.status,
      daysLate,
      pastDeadline: open && facts.pastDeadline,
      outsideMembership: facts.outsideMembership,
      count: 0,
      weight: 0,
      weightedShare: 0,
    };
    const key = [
      tally.ownerUnitId,
      tally.criterionId,
      tally.status,
      daysLate,
      tally.pastDeadline,
      tally.outsideMembership,
    ].join("|");
    const into = tallies.get(key) ?? tally;
    into.count += 1;
    into.weight += task.weight;
    if (task.status === "partial") into.weightedShare += task.weight * (task.completionShare ?? 0);
    tallies.set(key, into);
  }
  return [...tallies.values()];
}
