import { ScoringInputError } from './errors';
import type { ScoreLine, ScoreStage, ScoringInput, Task, TaskStatus } from './input';
import { assertIsoDate } from './iso-date';
import { type MemberScopes, type UnitScope, scopeMembers } from './membership';
import { checkRules } from './rules-check';
import { type IndexedTable, indexScoreTable } from './score-table';

/** Per ranked unit and table node: the tasks or score lines that feed that leaf. */
export interface IndexedInput {
  table: IndexedTable;
  scopes: MemberScopes;
  taskBuckets: (Task[] | undefined)[];
  lineBuckets: (ScoreLine[] | undefined)[];
}

const TASK_STATUSES: ReadonlySet<TaskStatus> = new Set(['notStarted', 'inProgress', 'done', 'partial', 'notDone']);
const STAGES: ReadonlySet<ScoreStage> = new Set(['self', 'crossCheck', 'final']);

export function bucketOf(table: IndexedTable, scope: UnitScope, nodeIndex: number): number {
  return scope.position * table.nodes.length + nodeIndex;
}

function isBasisPointShare(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10000;
}

function checkTask(task: Task): void {
  const what = `Nhiệm vụ ${task.number}`;
  assertIsoDate(task.deadline, `Hạn của ${what.toLowerCase()}`);
  if (!TASK_STATUSES.has(task.status)) throw new ScoringInputError('invalidNumber', `${what}: trạng thái không hợp lệ.`);
  if (!Number.isSafeInteger(task.weight) || task.weight <= 0) {
    throw new ScoringInputError('invalidNumber', `${what}: trọng số phải là số nguyên dương.`);
  }
  if (task.status === 'done') {
    if (task.completedOn === undefined) {
      throw new ScoringInputError('missingCompletionDate', `${what} đã hoàn thành nhưng thiếu ngày hoàn thành.`);
    }
    assertIsoDate(task.completedOn, `Ngày hoàn thành ${what.toLowerCase()}`);
  }
  if (task.status === 'partial' && !isBasisPointShare(task.completionShare)) {
    throw new ScoringInputError('invalidNumber', `${what}: tỷ lệ hoàn thành phải từ 0 đến 10000 (phần vạn).`);
  }
}

/** The scope of a known unit (null if not ranked); unknown units are an input error. */
export function scopeOf(scopes: MemberScopes, unitId: string, what: string): UnitScope | null {
  const scope = scopes.byUnitId.get(unitId);
  if (scope === undefined) throw new ScoringInputError('unknownUnit', `${what}: đơn vị ${unitId} không là thành viên khối.`);
  return scope;
}

function leafIndex(table: IndexedTable, criterionId: string, kinds: readonly string[], what: string): number {
  const entry = table.byId.get(criterionId);
  if (entry === undefined || entry.children.length > 0 || !kinds.includes(entry.node.kind)) {
    throw new ScoringInputError('unknownCriterion', `${what}: tiêu chí ${criterionId} không phải tiêu chí lá phù hợp trong bảng điểm.`);
  }
  return entry.index;
}

function push<T>(buckets: (T[] | undefined)[], bucket: number, item: T): void {
  const list = buckets[bucket];
  if (list === undefined) buckets[bucket] = [item];
  else list.push(item);
}

function indexTasks(index: IndexedInput, tasks: readonly Task[]): void {
  for (const task of tasks) {
    checkTask(task);
    const what = `Nhiệm vụ ${task.number}`;
    const nodeIndex = leafIndex(index.table, task.criterionId, ['taskDerived'], what);
    const scope = scopeOf(index.scopes, task.ownerUnitId, what);
    if (scope !== null) push(index.taskBuckets, bucketOf(index.table, scope, nodeIndex), task);
  }
}

function indexLines(index: IndexedInput, lines: readonly ScoreLine[]): void {
  for (const line of lines) {
    const what = `Dòng chấm điểm ${line.id}`;
    if (!STAGES.has(line.stage)) throw new ScoringInputError('invalidNumber', `${what}: vòng chấm không hợp lệ.`);
    if (!Number.isSafeInteger(line.points)) throw new ScoringInputError('invalidNumber', `${what}: điểm phải là số nguyên (phần trăm điểm).`);
    const nodeIndex = leafIndex(index.table, line.criterionId, ['manual', 'bonus', 'deduction'], what);
    const scope = scopeOf(index.scopes, line.unitId, what);
    if (scope !== null) push(index.lineBuckets, bucketOf(index.table, scope, nodeIndex), line);
  }
}

export function indexInput(input: ScoringInput): IndexedInput {
  assertIsoDate(input.asOf, 'Ngày tính điểm');
  assertIsoDate(input.period.start, 'Ngày đầu năm thi đua');
  assertIsoDate(input.period.end, 'Ngày cuối năm thi đua');
  const table = indexScoreTable(input.scoreTable);
  checkRules(input.rules, table);
  const scopes = scopeMembers(input);
  const size = scopes.ranked.length * table.nodes.length;
  const index: IndexedInput = { table, scopes, taskBuckets: new Array(size), lineBuckets: new Array(size) };
  indexTasks(index, input.tasks);
  indexLines(index, input.scoreLines);
  return index;
}
