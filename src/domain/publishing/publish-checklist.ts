import { SHEET_STATUS_LABEL } from "@/domain/vocabulary";
import type { ChecklistItem, ChecklistUnit, PublishChecklistInput } from "./checklist-types";
import { listNames } from "./list-names";
import { unitsMissingScores } from "./missing-scores";

/**
 * What to check before a year's result is frozen (issue: 2024 went out with sections at 0, no
 * final scores and tasks still open). Scores a unit lacks entirely block publishing: they would
 * be published as 0. Everything else may be a decision of the bloc, so it needs a stated reason.
 */
export function publishChecklist(input: PublishChecklistInput): ChecklistItem[] {
  const unitName = nameLookup(input.units);
  const missing = unitsMissingScores(input);
  return [
    {
      code: "missingScores",
      severity: "blocking",
      open: missing.unscored.length > 0,
      message:
        missing.unscored.length > 0
          ? `${missing.unscored.length} đơn vị chưa có điểm ở tiêu chí chấm trực tiếp (sẽ bị tính 0 điểm): ${listNames(missing.unscored)}.`
          : "Mọi đơn vị được xếp hạng đều có điểm ở mọi tiêu chí chấm trực tiếp.",
    },
    {
      code: "missingFinalScores",
      severity: "override",
      open: missing.withoutFinal.length > 0,
      message:
        missing.withoutFinal.length > 0
          ? `${missing.withoutFinal.length} đơn vị chưa có điểm chấm cuối ở một số tiêu chí (đang dùng điểm của bước trước): ${listNames(missing.withoutFinal)}.`
          : "Mọi đơn vị được xếp hạng đều có điểm chấm cuối ở mọi tiêu chí chấm trực tiếp.",
    },
    selfSheetsItem(input, unitName),
    overdueTasksItem(input),
    awardsWithoutBallotItem(input),
    {
      code: "ballotOpen",
      severity: "blocking",
      open: input.ballotOpen,
      message: input.ballotOpen
        ? "Cuộc bỏ phiếu kín trên điện thoại còn đang mở: hãy kết thúc và kiểm phiếu (hoặc hủy) trước khi công bố."
        : "Không có cuộc bỏ phiếu kín nào còn mở.",
    },
    objectionsItem(input, unitName),
    candidatesItem(input, unitName),
  ];
}

function nameLookup(units: ChecklistUnit[]): (unitId: string) => string {
  const names = new Map(units.map((unit) => [unit.unitId, unit.name]));
  return (unitId) => names.get(unitId) ?? unitId;
}

function selfSheetsItem(input: PublishChecklistInput, unitName: (id: string) => string): ChecklistItem {
  const pending = input.sheets.filter((sheet) => sheet.stage === "SELF" && sheet.status !== "APPROVED");
  return {
    code: "selfSheetsNotApproved",
    severity: "override",
    open: pending.length > 0,
    message:
      pending.length > 0
        ? `${pending.length} phiếu tự chấm chưa được duyệt: ${listNames(pending.map((sheet) => `${unitName(sheet.unitId)} (${SHEET_STATUS_LABEL[sheet.status].toLowerCase()})`))}.`
        : "Không có phiếu tự chấm nào chưa được duyệt.",
  };
}

function overdueTasksItem(input: PublishChecklistInput): ChecklistItem {
  const overdue = input.tasks
    .filter((task) => isOpenTask(task.status) && task.deadline < input.asOf)
    .sort((a, b) => a.number - b.number);
  return {
    code: "overdueOpenTasks",
    severity: "override",
    open: overdue.length > 0,
    message:
      overdue.length > 0
        ? `${overdue.length} nhiệm vụ đã quá hạn mà chưa kết thúc: ${listNames(overdue.map((task) => `số ${task.number} “${task.title}”`))}.`
        : "Không có nhiệm vụ nào quá hạn mà chưa kết thúc.",
  };
}

const isOpenTask = (status: string) => status === "NOT_STARTED" || status === "IN_PROGRESS";

function awardsWithoutBallotItem(input: PublishChecklistInput): ChecklistItem {
  const needing = input.awards.filter((award) => award.needsBallot);
  const unballoted = needing.filter((award) => !award.hasTally);
  return {
    code: "awardsWithoutBallot",
    severity: "blocking",
    open: unballoted.length > 0,
    message:
      unballoted.length > 0
        ? `Quy chế yêu cầu bỏ phiếu nhưng chưa có kết quả bỏ phiếu: ${listNames(unballoted.map((award) => award.name))}.`
        : needing.length > 0
          ? "Mọi hình thức khen thưởng cần bỏ phiếu đều đã có kết quả bỏ phiếu."
          : "Quy chế năm này không có hình thức khen thưởng nào cần bỏ phiếu.",
  };
}

function objectionsItem(input: PublishChecklistInput, unitName: (id: string) => string): ChecklistItem {
  const open = [...input.openObjections].sort((a, b) => a.number - b.number);
  return {
    code: "openObjections",
    severity: "override",
    open: open.length > 0,
    message:
      open.length > 0
        ? `${open.length} khiếu nại về điểm chưa được giải quyết: ${listNames(open.map((o) => `số ${o.number} (${unitName(o.unitId)}, tiêu chí ${o.criterionCode})`))}.`
        : "Không có khiếu nại về điểm nào chưa được giải quyết.",
  };
}

function candidatesItem(input: PublishChecklistInput, unitName: (id: string) => string): ChecklistItem {
  const awardName = new Map(input.awards.map((award) => [award.code, award.name]));
  const undecided = input.candidates.filter((candidate) => !candidate.hasProposal);
  return {
    code: "candidatesWithoutDecision",
    severity: "override",
    open: undecided.length > 0,
    message:
      undecided.length > 0
        ? `${undecided.length} đơn vị đủ điều kiện theo quy chế chưa có quyết định đề nghị khen thưởng: ${listNames(undecided.map((c) => `${unitName(c.unitId)} (${awardName.get(c.awardCode) ?? c.awardCode})`))}.`
        : "Mọi đơn vị đủ điều kiện theo quy chế đều đã có quyết định đề nghị khen thưởng.",
  };
}

/** The open items a publication must answer: blocking ones refuse it, the others need a reason. */
export function openChecklistItems(items: ChecklistItem[]) {
  const open = items.filter((item) => item.open);
  return {
    blocking: open.filter((item) => item.severity === "blocking"),
    overridable: open.filter((item) => item.severity === "override"),
  };
}
