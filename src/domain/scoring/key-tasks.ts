import { ScoringInputError } from "./errors";
import type { KeyTask, ScoringInput } from "./input";
import { checkTaskFacts, scopeOf } from "./input-index";
import type { MemberScopes, UnitScope } from "./membership";
import type { ClassificationLevel, KeyTaskCondition } from "./rules";
import { factsOf } from "./task-assessment";

/** A key task as the levels judge it: done (`daysLate` after its deadline, 0 on time) or not. */
export interface JudgedKeyTask {
  task: KeyTask;
  kind: "done" | "notDone";
  daysLate: number;
}

/** Per ranked unit, its key tasks that are due (or closed) and counted, as the levels judge them. */
export type KeyTaskFacts = Map<string, JudgedKeyTask[]>;

const EMPTY: readonly JudgedKeyTask[] = [];

function asksForKeyTasks(levels: readonly ClassificationLevel[]): boolean {
  return levels.some((level) => level.keyTasks !== "any");
}

/** One key task as a level condition sees it; null: it blocks no condition (or is not counted). */
function judge(task: KeyTask, scope: UnitScope, input: ScoringInput): JudgedKeyTask | null {
  const windowed = input.rules.membership === "prorateByMembership";
  const facts = factsOf(task, { asOf: input.asOf, rule: input.rules.taskCompletion, window: scope.window });
  if (windowed && facts.outsideMembership) return null;
  if (task.status === "done") return { task, kind: "done", daysLate: facts.daysLate ?? 0 };
  const open = task.status === "notStarted" || task.status === "inProgress";
  if (open && !facts.pastDeadline) return null;
  return { task, kind: "notDone", daysLate: 0 };
}

/**
 * The key tasks each ranked unit is judged on, lowest number first: from the task list, or with
 * tallies from `keyTasks`. Done tasks are kept too (a late one blocks 'allOnTime').
 */
export function indexKeyTasks(input: ScoringInput, scopes: MemberScopes): KeyTaskFacts {
  const facts: KeyTaskFacts = new Map();
  if (!asksForKeyTasks(input.rules.classificationLevels)) return facts;
  if (input.taskTallies && input.keyTasks === undefined)
    throw new ScoringInputError(
      "missingKeyTasks",
      "Quy chế xếp loại xét nhiệm vụ trọng tâm: cần danh sách nhiệm vụ trọng tâm cùng với các nhóm nhiệm vụ.",
    );
  const listed: readonly KeyTask[] = input.taskTallies ? [] : input.tasks.filter((task) => task.isKey);
  const given = input.keyTasks ?? [];
  given.forEach(checkTaskFacts);
  for (const task of [...listed, ...given].sort((a, b) => a.number - b.number)) {
    const scope = scopeOf(scopes, task.ownerUnitId, `Nhiệm vụ ${task.number}`);
    if (scope === null) continue;
    const judged = judge(task, scope, input);
    if (judged === null) continue;
    const list = facts.get(task.ownerUnitId);
    if (list === undefined) facts.set(task.ownerUnitId, [judged]);
    else list.push(judged);
  }
  return facts;
}

function blocks(judged: JudgedKeyTask, condition: KeyTaskCondition): boolean {
  if (condition === "any") return false;
  if (judged.kind === "notDone") return true;
  return condition === "allOnTime" && judged.daysLate > 0;
}

/** The key tasks of one unit that keep it out of a level, lowest number first. */
export function keyTasksBlocking(
  level: ClassificationLevel,
  judged: readonly JudgedKeyTask[] | undefined,
): JudgedKeyTask[] {
  const condition = level.keyTasks;
  return (judged ?? EMPTY).filter((task) => blocks(task, condition));
}

function whatHappened(judged: JudgedKeyTask): string {
  if (judged.kind === "done") return `hoàn thành trễ ${judged.daysLate} ngày`;
  return judged.task.status === "partial" ? "chỉ hoàn thành một phần" : "chưa hoàn thành";
}

/** "Nhiệm vụ trọng tâm số 7 “…” chưa hoàn thành (và 2 nhiệm vụ trọng tâm khác)". */
export function describeBlock(first: JudgedKeyTask, blocking: readonly JudgedKeyTask[]): string {
  const others = blocking.length - 1;
  const rest = others > 0 ? ` (và ${others} nhiệm vụ trọng tâm khác)` : "";
  return `nhiệm vụ trọng tâm số ${first.task.number} “${first.task.title}” ${whatHappened(first)}${rest}`;
}
