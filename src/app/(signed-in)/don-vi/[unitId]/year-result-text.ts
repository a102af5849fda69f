import { formatDate } from "@/domain/calendar";
import { formatPoints, formatShare } from "@/domain/scoring";
import type { UnitYear, UnitYearResult } from "@/server/queries/units/unit-years";

type Ranked = Extract<UnitYearResult, { kind: "ranked" }>;

export const WITHHELD_NOTE = "Điểm tạm tính chưa được chia sẻ với các đơn vị thành viên trước khi công bố.";

export const notRankedNote = (reason: string | null) =>
  `Không xếp hạng năm này${reason ? `: ${reason}` : ""}`;

/** "3/8", or "Đồng hạng 3/8" for a rank shared by an exact tie (under a "Hạng" heading). */
export const rankText = (result: Ranked) =>
  `${result.sharedRank ? "Đồng hạng " : ""}${result.rank}/${result.rankedCount}`;

/** The rank as a phrase of its own: "Hạng 3/8" or "Đồng hạng 3/8". */
export const rankPhrase = (result: Ranked) => (result.sharedRank ? "" : "Hạng ") + rankText(result);

export const sourceText = (result: Ranked) =>
  result.snapshotNumber === null ? "Tạm tính" : `Đã công bố (bản số ${result.snapshotNumber})`;

export const pointsText = (result: Ranked) =>
  `${formatPoints(result.total)} / ${formatPoints(result.maxPoints)}`;

export const shareText = (result: Ranked) => `${formatShare(result.percentOfMax)} tối đa`;

export const membershipText = (row: Pick<UnitYear, "joinedOn" | "leftOn">) =>
  row.leftOn
    ? `${formatDate(row.joinedOn)} – ${formatDate(row.leftOn)} (rời khối)`
    : `Từ ${formatDate(row.joinedOn)}`;

/** The year's name when it is not the unit's current one, else a note that it is the same. */
export const nameThatYear = (name: string, currentName: string) =>
  name === currentName ? "Cùng tên hiện nay" : `Tên năm đó: ${name}`;
