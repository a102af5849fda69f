import { findMove, type MoveRoute, type StageMove } from "./moves";
import { YEAR_STAGE_LABEL, type YearStage } from "./stages";

export type MoveCheck = { ok: true; move: StageMove } | { ok: false; message: string };

/**
 * Whether a year may go from one stage to another by the given route, with the reason the
 * user gave (trimmed; a backward move needs one). The message is safe to show as it is.
 */
export function checkStageMove(request: {
  from: YearStage;
  to: YearStage;
  route: MoveRoute;
  reason?: string | null;
}): MoveCheck {
  const { from, to } = request;
  const move = findMove(from, to);
  if (!move)
    return {
      ok: false,
      message: `Không thể chuyển năm thi đua từ “${YEAR_STAGE_LABEL[from]}” sang “${YEAR_STAGE_LABEL[to]}”.`,
    };
  if (move.route !== request.route)
    return {
      ok: false,
      message:
        move.route === "publishing"
          ? `“${move.label}” được thực hiện ở mục Công bố.`
          : `“${move.label}” được thực hiện ở trang Tổng quan của năm.`,
    };
  if (move.direction === "back" && !request.reason?.trim())
    return { ok: false, message: `Vui lòng nhập lý do để “${move.label.toLowerCase()}”.` };
  return { ok: true, move };
}
