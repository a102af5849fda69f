import { SCORE_STAGE_LABEL } from "@/components/labels";
import type { ScoreStage, SheetStatus } from "@/generated/prisma/enums";

export const STAGES: readonly { stage: ScoreStage; slug: string; label: string }[] = [
  { stage: "SELF", slug: "tu-cham", label: SCORE_STAGE_LABEL.SELF },
  { stage: "CROSS_CHECK", slug: "kiem-tra-cheo", label: SCORE_STAGE_LABEL.CROSS_CHECK },
  { stage: "FINAL", slug: "cham-cuoi", label: SCORE_STAGE_LABEL.FINAL },
];

export const SHEET_STATUS_LABEL: Record<SheetStatus, string> = {
  DRAFT: "Đang nhập",
  SUBMITTED: "Đã nộp, chờ duyệt",
  RETURNED: "Bị trả lại",
  APPROVED: "Đã duyệt",
};

export const stageFromSlug = (slug: string | undefined) => STAGES.find((entry) => entry.slug === slug)?.stage;
export const stageLabel = (stage: ScoreStage) =>
  STAGES.find((entry) => entry.stage === stage)?.label ?? stage;
