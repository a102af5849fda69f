import { SCORE_STAGE_LABEL } from "@/domain/vocabulary";
import type { ScoreStage } from "@/generated/prisma/enums";

/** The scoring stages in order, each with the address segment of its tab. */
export const STAGES: readonly { stage: ScoreStage; slug: string; label: string }[] = [
  { stage: "SELF", slug: "tu-cham", label: SCORE_STAGE_LABEL.SELF },
  { stage: "CROSS_CHECK", slug: "kiem-tra-cheo", label: SCORE_STAGE_LABEL.CROSS_CHECK },
  { stage: "FINAL", slug: "cham-cuoi", label: SCORE_STAGE_LABEL.FINAL },
];

export const stageFromSlug = (slug: string | undefined) => STAGES.find((entry) => entry.slug === slug)?.stage;
