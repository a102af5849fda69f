import type { ConferenceData, ConferenceRow } from "@/domain/conference/conference-data";
import { formatPoints, formatShare, NO_SCORES_TEXT, rankCell } from "@/domain/format";
import type { SnapshotTally } from "@/domain/snapshot/snapshot-content";

/** A rank as a document's cell: "3", "đồng hạng 3", or "chưa có điểm". */
export const rankText = (row: ConferenceRow) => (row.scored ? rankCell(row) : NO_SCORES_TEXT);

/** A total as a document's cell, or a dash for a unit without scores. */
export const totalText = (row: ConferenceRow) => (row.scored ? formatPoints(row.total) : "–");

/** "7/8 (87,50%)": votes for of the delegates present, as the count's minutes write it. */
export function tallyText(tally: SnapshotTally | undefined): string {
  if (!tally) return "Không bỏ phiếu";
  const share = tally.votersPresent > 0 ? Math.round((tally.votesFor * 10_000) / tally.votersPresent) : 0;
  return `${tally.votesFor}/${tally.votersPresent} (${formatShare(share)})`;
}

export type ProposedUnit = { row: ConferenceRow; awardName: string; awardCode: string };

/**
 * The units the bloc proposes, award by award in the rules' order: proposals still standing or
 * approved, never those withdrawn or refused (those are history, not a proposal).
 */
export function proposedUnits(data: ConferenceData): ProposedUnit[] {
  const rowOf = new Map(data.rows.map((row) => [row.unitId, row]));
  return data.awards.flatMap((award) =>
    award.units
      .filter((unit) => unit.status === "PROPOSED" || unit.status === "APPROVED")
      .flatMap((unit) => {
        const row = rowOf.get(unit.unitId);
        return row ? [{ row, awardName: award.awardName, awardCode: award.awardCode }] : [];
      }),
  );
}

export const tallyOf = (tallies: readonly SnapshotTally[], unitId: string, awardCode: string) =>
  tallies.find((tally) => tally.unitId === unitId && tally.awardCode === awardCode);
