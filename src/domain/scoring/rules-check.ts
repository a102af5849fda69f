import { ScoringInputError } from "./errors";
import type { IndexedTable } from "./score-table";
import { CROSS_CHECK_COMBINES, KEY_TASK_CONDITIONS, type ScoringRules, TIE_BREAK_RULES } from "./rules";

function fail(problem: string): never {
  throw new ScoringInputError("invalidRules", `Quy chế chấm điểm: ${problem}.`);
}

function isShare(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10000;
}

function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function checkUnique(codes: readonly string[], what: string): void {
  if (new Set(codes).size !== codes.length) fail(`mã ${what} bị trùng`);
}

function checkTaskCompletion(rules: ScoringRules, table: IndexedTable): void {
  const rule = rules.taskCompletion;
  if (![rule.onTimeShare, rule.lateShare, rule.lateFloorShare].every(isShare))
    fail("tỷ lệ điểm nhiệm vụ phải từ 0 đến 10000 (phần vạn)");
  if (rule.lateShare > rule.onTimeShare) fail("tỷ lệ trễ hạn không được cao hơn tỷ lệ đúng hạn");
  if (rule.lateFloorShare > rule.lateShare) fail("mức sàn trễ hạn không được cao hơn tỷ lệ trễ hạn");
  if (!isCount(rule.lateReductionPerDay) || !isCount(rule.notDoneDeductionPoints))
    fail("mức giảm, mức trừ phải là số nguyên không âm");
  if (rule.notYetDue !== "exclude" && rule.notYetDue !== "countAsZero")
    fail("cách tính nhiệm vụ chưa đến hạn không hợp lệ");
  if (rule.notDoneDeductionPoints === 0) return;
  const target = table.byId.get(rule.notDoneDeductionCriterionId ?? "");
  if (target === undefined || target.node.kind !== "deduction" || target.children.length > 0) {
    fail("trừ điểm nhiệm vụ không hoàn thành cần chỉ rõ một mục điểm trừ (lá) trong bảng điểm");
  }
}

function checkClassification(rules: ScoringRules): void {
  checkUnique(
    rules.classificationLevels.map((level) => level.code),
    "xếp loại",
  );
  for (const level of rules.classificationLevels) {
    if (level.minPercentOfMax !== null && !isCount(level.minPercentOfMax))
      fail(`ngưỡng xếp loại ${level.code} không hợp lệ`);
    if (level.minShareEveryCriterion !== null && !isShare(level.minShareEveryCriterion))
      fail(`ngưỡng tiêu chí của xếp loại ${level.code} không hợp lệ`);
    if (!(KEY_TASK_CONDITIONS as readonly string[]).includes(level.keyTasks))
      fail(`điều kiện nhiệm vụ trọng tâm của xếp loại ${level.code} không hợp lệ`);
  }
}

function checkAwards(rules: ScoringRules): void {
  checkUnique(
    rules.awards.map((award) => award.code),
    "danh hiệu",
  );
  for (const award of rules.awards) {
    const quota = award.quota;
    const validQuota = quota.kind === "count" ? isCount(quota.count) : isShare(quota.shareOfMembers);
    if (!validQuota) fail(`chỉ tiêu của ${award.name} không hợp lệ`);
    if (award.ballotThreshold !== null && !isShare(award.ballotThreshold))
      fail(`ngưỡng phiếu của ${award.name} không hợp lệ`);
  }
}

export function checkRules(rules: ScoringRules, table: IndexedTable): void {
  if (!(CROSS_CHECK_COMBINES as readonly string[]).includes(rules.crossCheck.combine))
    fail("cách kết hợp điểm chấm chéo không hợp lệ");
  checkTaskCompletion(rules, table);
  checkClassification(rules);
  checkAwards(rules);
  if (!rules.tieBreaks.every((rule) => (TIE_BREAK_RULES as readonly string[]).includes(rule)))
    fail("tiêu chí phân định không hợp lệ");
  checkUnique(rules.tieBreaks, "tiêu chí phân định");
  if (rules.membership !== "yearEndMembersOnly" && rules.membership !== "prorateByMembership")
    fail("quy tắc thành viên không hợp lệ");
}
