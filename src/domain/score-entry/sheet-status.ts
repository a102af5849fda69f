/**
 * The life of a self-score sheet: the unit drafts it, submits it; the secretariat approves it or
 * returns it with a reason; a returned sheet is edited and goes through submission and approval
 * again (docs/domain.md, "Scoring stages").
 */
export type SheetStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
export type SheetTransition = "submit" | "return" | "approve";

const ALLOWED_FROM: Record<SheetTransition, readonly SheetStatus[]> = {
  submit: ["DRAFT", "RETURNED"],
  return: ["SUBMITTED"],
  approve: ["SUBMITTED"],
};

export const STATUS_AFTER: Record<SheetTransition, SheetStatus> = {
  submit: "SUBMITTED",
  return: "RETURNED",
  approve: "APPROVED",
};

export function canTransition(from: SheetStatus, transition: SheetTransition): boolean {
  return ALLOWED_FROM[transition].includes(from);
}

/** Lines may change only while the sheet is with its author: a draft or a returned sheet. */
export function linesEditable(status: SheetStatus | null): boolean {
  return status === null || status === "DRAFT" || status === "RETURNED";
}
