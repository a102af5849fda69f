import { ScoringInputError } from "./errors";
import type { KeyTask, ScoreLine, ScoreStage, ScoringInput, Task, TaskStatus, TaskTally } from "./input";
import { isIsoDay } from "@/domain/calendar/iso-day";
import { assertIsoDate, invalidDate } from "./iso-date";
import { type MemberScopes, type UnitScope, scopeMembers } from "./membership";
import { checkRules } from "./rules-check";
import { type IndexedTable, indexScoreTable } from "./score-table";
import type { LineContext } from "./line-criterion";

/** Per ranked unit and table node: the tasks or score lines that feed that leaf. */
export interface IndexedInput {
  table: IndexedTable;
  scopes: MemberScopes;
  taskBuckets: (Task[] | undefined)[];
  /** Set when the input gives its tasks as tallies (then taskBuckets stays empty). */
  tallyBuckets: (TaskTally[] | undefined)[] | null;
  lineBuckets: (ScoreLine[] | undefined)[];
  lineContext: LineContext;
  /** Whether explanation lines carry their text (rankAgencies). */
  explain: boolean;
}

const TASK_STATUSES: ReadonlySet<TaskStatus> = new Set([
  "notStarted",
  "inProgress",
  "done",
  "partial",
  "notDone",
]);
const STAGES: ReadonlySet<ScoreStage> = new Set(["self", "crossCheck", "final"]);
const TASK_KINDS: ReadonlySet<string> = new Set(["taskDerived"]);
const LINE_KINDS: ReadonlySet<string> = new Set(["manual", "bonus", "deduction"]);

export function bucketOf(table: IndexedTable, scope: UnitScope, nodeIndex: number): number {
  return scope.position * table.nodes.length + nodeIndex;
}

function isBasisPointShare(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10000;
}

function taskProblem(task: KeyTask, problem: string): ScoringInputError {
  return new ScoringInputError("invalidNumber", `Nhiệm vụ ${task.number}: ${problem}.`);
}

/** Runs once per task, so messages are built only when something is wrong. */
function checkTask(task: Task): void {
  if (!Number.isSafeInteger(task.weight) || task.weight <= 0)
    throw taskProblem(task, "trọng số phải là số nguyên dương");
  checkTaskFacts(task);
}

/** What a key task's judgement reads: its deadline, status and completion. */
export function checkTaskFacts(task: KeyTask): void {
  if (!isIsoDay(task.deadline)) throw invalidDate(`Hạn của nhiệm vụ ${task.number}`);
  if (!TASK_STATUSES.has(task.status)) throw taskProblem(task, "trạng thái không hợp lệ");
  if (task.status === "done") {
    if (task.completedOn === undefined) {
      throw new ScoringInputError(
        "missingCompletionDate",
        `Nhiệm vụ ${task.number} đã hoàn thành nhưng thiếu ngày hoàn thành.`,
      );
    }
    if (!isIsoDay(task.completedOn)) throw invalidDate(`Ngày hoàn thành nhiệm vụ ${task.number}`);
  }
  if (task.status === "partial" && !isBasisPointShare(task.completionShare)) {
    throw taskProblem(task, "tỷ lệ hoàn thành phải từ 0 đến 10000 (phần vạn)");
  }
}

/** The scope of a known unit (null if not ranked this year); unknown units are an input error. */
export function scopeOf(scopes: MemberScopes, unitId: string, subject: string): UnitScope | null {
  const scope = scopes.byUnitId.get(unitId);
  if (scope === undefined) throw unknownUnit(subject, unitId);
  return scope;
}

function unknownUnit(subject: string, unitId: string): ScoringInputError {
  return new ScoringInputError("unknownUnit", `${subject}: đơn vị ${unitId} không là thành viên khối.`);
}

function notALeaf(subject: string, criterionId: string): ScoringInputError {
  return new ScoringInputError(
    "unknownCriterion",
    `${subject}: tiêu chí ${criterionId} không phải tiêu chí lá phù hợp trong bảng điểm.`,
  );
}

/** The node index of a leaf of one of these kinds, or -1. */
function findLeaf(table: IndexedTable, criterionId: string, kinds: ReadonlySet<string>): number {
  const entry = table.byId.get(criterionId);
  return entry !== undefined && entry.children.length === 0 && kinds.has(entry.node.kind) ? entry.index : -1;
}

function push<T>(buckets: (T[] | undefined)[], bucket: number, item: T): void {
  const list = buckets[bucket];
  if (list === undefined) buckets[bucket] = [item];
  else list.push(item);
}

function indexTasks(index: IndexedInput, tasks: readonly Task[]): void {
  for (const task of tasks) {
    checkTask(task);
    const nodeIndex = findLeaf(index.table, task.criterionId, TASK_KINDS);
    if (nodeIndex < 0) throw notALeaf(`Nhiệm vụ ${task.number}`, task.criterionId);
    const scope = index.scopes.byUnitId.get(task.ownerUnitId);
    if (scope === undefined) throw unknownUnit(`Nhiệm vụ ${task.number}`, task.ownerUnitId);
    if (scope !== null) push(index.taskBuckets, bucketOf(index.table, scope, nodeIndex), task);
  }
}

function tallyProblem(tally: TaskTally, problem: string): ScoringInputError {
  return new ScoringInputError("invalidNumber", `Nhóm nhiệm vụ của đơn vị ${tally.ownerUnitId}: ${problem}.`);
}

/** Runs once per tally: counts and sums must be what some list of valid tasks would give. */
function checkTally(tally: TaskTally, input: ScoringInput): void {
  if (!TASK_STATUSES.has(tally.status)) throw tallyProblem(tally, "trạng thái không hợp lệ");
  if (!Number.isSafeInteger(tally.count) || tally.count <= 0)
    throw tallyProblem(tally, "số nhiệm vụ không hợp lệ");
  if (!Number.isSafeInteger(tally.weight) || tally.weight < tally.count)
    throw tallyProblem(tally, "tổng trọng số không hợp lệ");
  if (
    !Number.isSafeInteger(tally.weightedShare) ||
    tally.weightedShare < 0 ||
    tally.weightedShare > tally.weight * 10000
  )
    throw tallyProblem(tally, "tỷ lệ hoàn thành không hợp lệ");
  const { daysLate } = tally;
  if (daysLate !== null && (!Number.isSafeInteger(daysLate) || daysLate < 0))
    throw tallyProblem(tally, "số ngày trễ không hợp lệ");
  if (daysLate === null && input.rules.taskCompletion.lateReductionPerDay > 0)
    throw tallyProblem(tally, "quy chế giảm điểm theo ngày trễ cần số ngày trễ");
}

function indexTallies(index: IndexedInput, input: ScoringInput, tallies: readonly TaskTally[]): void {
  if (input.tasks.length > 0)
    throw new ScoringInputError("duplicate", "Nhiệm vụ được cho hai lần: cả danh sách lẫn nhóm.");
  const buckets = new Array<TaskTally[] | undefined>(index.taskBuckets.length);
  // Subjects are named only for a refusal: thousands of tallies, each valid as a rule.
  const subject = (tally: TaskTally) => `Nhóm nhiệm vụ của đơn vị ${tally.ownerUnitId}`;
  for (const tally of tallies) {
    checkTally(tally, input);
    const nodeIndex = findLeaf(index.table, tally.criterionId, TASK_KINDS);
    if (nodeIndex < 0) throw notALeaf(subject(tally), tally.criterionId);
    const scope = index.scopes.byUnitId.get(tally.ownerUnitId);
    if (scope === undefined) throw unknownUnit(subject(tally), tally.ownerUnitId);
    if (scope !== null) push(buckets, bucketOf(index.table, scope, nodeIndex), tally);
  }
  index.tallyBuckets = buckets;
}

/** A peer cross-check line: given at the cross-check, by another member of the bloc. */
function checkScorer(index: IndexedInput, line: ScoreLine, subject: (line: ScoreLine) => string): void {
  if (line.stage !== "crossCheck")
    throw new ScoringInputError("invalidNumber", `${subject(line)}: chỉ điểm chấm chéo mới có đơn vị chấm.`);
  if (!index.scopes.byUnitId.has(line.scorerUnitId!)) throw unknownUnit(subject(line), line.scorerUnitId!);
  if (line.scorerUnitId === line.unitId)
    throw new ScoringInputError("invalidNumber", `${subject(line)}: đơn vị không chấm chéo chính mình.`);
}

function indexLines(index: IndexedInput, lines: readonly ScoreLine[], peerCrossCheck: boolean): void {
  // Subjects are named only for a refusal: thousands of lines, each valid as a rule.
  const subject = (line: ScoreLine) => `Dòng chấm điểm ${line.id}`;
  for (const line of lines) {
    if (!STAGES.has(line.stage))
      throw new ScoringInputError("invalidNumber", `${subject(line)}: vòng chấm không hợp lệ.`);
    if (!Number.isSafeInteger(line.points)) {
      throw new ScoringInputError(
        "invalidNumber",
        `${subject(line)}: điểm phải là số nguyên (phần trăm điểm).`,
      );
    }
    const nodeIndex = findLeaf(index.table, line.criterionId, LINE_KINDS);
    if (nodeIndex < 0) throw notALeaf(subject(line), line.criterionId);
    if (line.scorerUnitId !== undefined) checkScorer(index, line, subject);
    // The rules say whose cross-check counts: the peers' sheets, or the secretariat's one.
    if (line.stage === "crossCheck" && (line.scorerUnitId !== undefined) !== peerCrossCheck) continue;
    const scope = index.scopes.byUnitId.get(line.unitId);
    if (scope === undefined) throw unknownUnit(subject(line), line.unitId);
    if (scope !== null) push(index.lineBuckets, bucketOf(index.table, scope, nodeIndex), line);
  }
}

export function indexInput(input: ScoringInput, explain = true): IndexedInput {
  assertIsoDate(input.asOf, "Ngày tính điểm");
  assertIsoDate(input.period.start, "Ngày đầu năm thi đua");
  assertIsoDate(input.period.end, "Ngày cuối năm thi đua");
  const table = indexScoreTable(input.scoreTable);
  checkRules(input.rules, table);
  const scopes = scopeMembers(input);
  const names = new Map(input.members.map((member) => [member.unitId, member.name]));
  const size = scopes.ranked.length * table.nodes.length;
  const index: IndexedInput = {
    table,
    scopes,
    taskBuckets: new Array(size),
    tallyBuckets: null,
    lineBuckets: new Array(size),
    explain,
    lineContext: {
      explain,
      allowSelf: input.rules.allowSelfScoreFallback,
      combine: input.rules.crossCheck.combine,
      nameOf: (unitId) => names.get(unitId) ?? unitId,
    },
  };
  if (input.taskTallies) indexTallies(index, input, input.taskTallies);
  else indexTasks(index, input.tasks);
  indexLines(index, input.scoreLines, input.rules.crossCheck.scorers !== "secretariat");
  return index;
}
