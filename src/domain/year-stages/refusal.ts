import { stagesAllowing, YEAR_ACTIVITY_LABEL, type YearActivity } from "./activities";
import { YEAR_STAGE_LABEL, type YearStage } from "./stages";

/**
 * Why a write is refused in this stage, and the way on: the stages that allow it, and where the
 * year is moved. Safe to show the user as it is. (A published year has its own message, which
 * points to a correction.)
 */
export function stageRefusalMessage(stage: YearStage, activity: YearActivity): string {
  const allowed = stagesAllowing(activity).map((candidate) => `“${YEAR_STAGE_LABEL[candidate]}”`);
  return (
    `Năm thi đua đang ở giai đoạn “${YEAR_STAGE_LABEL[stage]}”: không thể ${YEAR_ACTIVITY_LABEL[activity]}. ` +
    `Việc này chỉ làm được khi năm ở giai đoạn ${joinVietnamese(allowed)}; ` +
    "người quản lý khối chuyển giai đoạn ở trang Tổng quan của năm."
  );
}

function joinVietnamese(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} hoặc ${items.at(-1)}`;
}
