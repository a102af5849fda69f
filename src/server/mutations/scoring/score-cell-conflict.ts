import "server-only";
import { ConflictError } from "@/server/errors";

/** What the cell holds now, as someone else left it (null: no score any more). */
export type CurrentScoreCell = {
  /** The line holding it (a grid blanks the cell when the line is removed later). */
  lineId: string;
  points: number;
  explanation: string | null;
  evidenceUrl: string | null;
  version: number;
  enteredByName: string | null;
  updatedAt: string;
} | null;

/** A cell changed since it was loaded: carries the other value so both can be shown. */
export class ScoreCellConflictError extends ConflictError {
  constructor(readonly current: CurrentScoreCell) {
    super("Ô điểm này vừa được người khác thay đổi. Hãy chọn giữ giá trị của bạn hoặc dùng giá trị mới.");
  }
}
