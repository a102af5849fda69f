import type { SheetStatusCode } from "@/domain/vocabulary/codes";

/**
 * The life of a self-score sheet: the unit drafts it, submits it; the secretariat approves it or
 * returns it with a reason; a returned sheet is edited and goes through submission and approval
 * again (docs/domain.md, "Scoring stages").
 */
export type SheetTransition = "submit" | "return" | "approve";

const ALLOWED_FROM: Record<SheetTransition, readonly SheetStatusCode[]> = {
  submit: ["DRAFT", "RETURNED"],
  return: ["SUBMITTED"],
  approve: ["SUBMITTED"],
};

export const STATUS_AFTER: Record<SheetTransition, SheetStatusCode> = {
  submit: "SUBMITTED",
  return: "RETURNED",
  approve: "APPROVED",
};

export function canTransition(from: SheetStatusCode, transition: SheetTransition): boolean {
  return ALLOWED_FROM[transition].includes(from);
}

/** Lines may change only while the sheet is with its author: a draft or a returned sheet. */
export function linesEditable(status: SheetStatusCode | null): boolean {
  return status === null || status === "DRAFT" || status === "RETURNED";
}
