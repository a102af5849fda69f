import { stageAllows, stageRefusalMessage, type YearActivity, type YearStage } from "@/domain/year-stages";

/**
 * Why a page offers no form for its work in the year's current stage, and the way on. A
 * published year says so once for every page (the year's layout), so nothing is shown here.
 */
export function StageNotice({ stage, activity }: { stage: YearStage; activity: YearActivity }) {
  if (stage === "PUBLISHED" || stageAllows(stage, activity)) return null;
  return (
    <p className="no-print mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {stageRefusalMessage(stage, activity)}
    </p>
  );
}
