import type { CriterionKindCode } from "./criteria-tree";

export const CRITERION_KIND_LABEL: Record<CriterionKindCode, string> = {
  SECTION: "Mục",
  MANUAL: "Chấm tay",
  TASK_DERIVED: "Từ nhiệm vụ",
  BONUS: "Điểm thưởng",
  DEDUCTION: "Điểm trừ",
};
