import type { YearStage } from "./stages";

/**
 * Where a move is made: most from the year's overview; publishing and opening a correction on
 * the publish tab, because they make or guard a numbered snapshot.
 */
export type MoveRoute = "overview" | "publishing";

export type StageMove = {
  from: YearStage;
  to: YearStage;
  /** A backward move reopens work already closed: it needs a reason, kept in the audit log. */
  direction: "forward" | "back";
  route: MoveRoute;
  /** The button's words. */
  label: string;
  /**
   * What a forward move sets going, shown before the person confirms it; a backward move is
   * confirmed by giving its reason.
   */
  confirmation?: string;
};

/** Every allowed move; any other pair is refused. One step at a time, so each reopening is explicit. */
export const STAGE_MOVES: readonly StageMove[] = [
  {
    from: "DRAFT",
    to: "ACTIVE",
    direction: "forward",
    route: "overview",
    label: "Bắt đầu triển khai",
    confirmation:
      "Năm thi đua chuyển sang “Đang thực hiện”: các đơn vị bắt đầu cập nhật tiến độ nhiệm vụ. Thành viên, bảng điểm vẫn sửa được; muốn trở lại chuẩn bị phải nêu lý do.",
  },
  {
    from: "ACTIVE",
    to: "SCORING",
    direction: "forward",
    route: "overview",
    label: "Bắt đầu chấm điểm",
    confirmation:
      "Năm thi đua chuyển sang “Đang chấm điểm”: các đơn vị tự chấm, rồi kiểm tra chéo và chấm cuối. Thành viên, Trưởng khối và Phó trưởng khối, giao ước và bảng điểm khóa lại, nhiệm vụ không xóa được nữa; muốn sửa phải mở lại và nêu lý do.",
  },
  { from: "ACTIVE", to: "DRAFT", direction: "back", route: "overview", label: "Trở lại chuẩn bị" },
  {
    from: "SCORING",
    to: "REVIEW",
    direction: "forward",
    route: "overview",
    label: "Thông qua kết quả chấm, chờ công bố",
    confirmation:
      "Năm thi đua chuyển sang “Chờ công bố”: điểm khóa lại, chỉ còn bỏ phiếu, đề nghị khen thưởng và công bố; muốn sửa điểm phải mở lại chấm điểm và nêu lý do.",
  },
  {
    from: "SCORING",
    to: "ACTIVE",
    direction: "back",
    route: "overview",
    label: "Mở lại thành viên, bảng điểm và nhiệm vụ",
  },
  { from: "REVIEW", to: "PUBLISHED", direction: "forward", route: "publishing", label: "Công bố kết quả" },
  { from: "REVIEW", to: "SCORING", direction: "back", route: "overview", label: "Mở lại chấm điểm" },
  { from: "PUBLISHED", to: "CORRECTING", direction: "back", route: "publishing", label: "Mở đính chính" },
  {
    from: "CORRECTING",
    to: "PUBLISHED",
    direction: "forward",
    route: "publishing",
    label: "Công bố bản đính chính",
  },
];

export function movesFrom(stage: YearStage): StageMove[] {
  return STAGE_MOVES.filter((move) => move.from === stage);
}

export function findMove(from: YearStage, to: YearStage): StageMove | undefined {
  return STAGE_MOVES.find((move) => move.from === from && move.to === to);
}
