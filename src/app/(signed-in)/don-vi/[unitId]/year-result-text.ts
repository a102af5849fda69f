import { formatDate } from "@/domain/calendar";
import { formatPoints, formatShare, NO_SCORES_HEADING, rankCell, rankHeading } from "@/domain/format";
import type { UnitYear, UnitYearResult } from "@/server/queries/units/unit-years";

type Ranked = Extract<UnitYearResult, { kind: "ranked" }>;

export const WITHHELD_NOTE = "Điểm tạm tính chưa được chia sẻ với các đơn vị thành viên trước khi công bố.";

const notRankedNote = (reason: string | null) => `Không xếp hạng năm này${reason ? `: ${reason}` : ""}`;

/** What a year without a rank to show says instead: withheld, without scores, or not ranked. */
export const unrankedNote = (result: Exclude<UnitYearResult, Ranked>) =>
  result.kind === "withheld"
    ? WITHHELD_NOTE
    : result.kind === "noScores"
      ? NO_SCORES_HEADING
      : notRankedNote(result.reason);

/** "3/8", or "đồng hạng 3/8" for a rank shared by an exact tie (under a "Hạng" heading). */
export const rankText = (result: Ranked) => `${rankCell(result)}/${result.rankedCount}`;

/** The rank as a phrase of its own: "Hạng 3/8" or "Đồng hạng 3/8". */
export const rankPhrase = (result: Ranked) => `${rankHeading(result)}/${result.rankedCount}`;

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
