import { formatDate } from "../calendar";
import { formatPoints } from "../format";
import type { SnapshotObjection } from "../snapshot/snapshot-content";
import type { ScoreStageCode } from "../vocabulary/codes";

/** The figure an objection names, as a phrase: "điểm kiểm tra chéo", "điểm chấm cuối". */
export const OBJECTED_FIGURE_LABEL: Record<"CROSS_CHECK" | "FINAL", string> = {
  CROSS_CHECK: "điểm kiểm tra chéo",
  FINAL: "điểm chấm cuối",
};

export const figureLabel = (stage: ScoreStageCode) =>
  stage === "SELF" ? "điểm tự chấm" : OBJECTED_FIGURE_LABEL[stage];

/** What the minutes say of one objection (issue 14): the record the snapshot keeps. */
export type ObjectionRecord = Omit<SnapshotObjection, "unitId" | "criterionId">;

const withStop = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** One objection and its answer as a sentence of the minutes, naming the unit. */
export function objectionSentence(objection: ObjectionRecord, unitName: string): string {
  const figure = figureLabel(objection.stage);
  const was = objection.pointsObjected === null ? "chưa có điểm" : formatPoints(objection.pointsObjected);
  const asked = `Khiếu nại số ${objection.number} của ${unitName} (ngày ${formatDate(objection.filedOn)}) về ${figure} tiêu chí ${objection.criterionCode} “${objection.criterionTitle}” (${was}): ${withStop(objection.reason)}`;
  return `${asked} ${answerSentence(objection)}`;
}

function answerSentence(objection: ObjectionRecord): string {
  const on = objection.resolvedOn ? ` ngày ${formatDate(objection.resolvedOn)}` : "";
  switch (objection.status) {
    case "OPEN":
      return "Chưa được giải quyết khi công bố kết quả.";
    case "ACCEPTED":
      return `Được chấp nhận${on}, điểm chấm cuối điều chỉnh thành ${formatPoints(objection.resolvedPoints ?? 0)}: ${withStop(objection.resolution ?? "")}`;
    case "REJECTED":
      return `Không được chấp nhận${on}: ${withStop(objection.resolution ?? "")}`;
  }
}
