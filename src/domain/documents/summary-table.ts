import { snapshotLabel } from "@/domain/conference/display";
import { formatDeductions, formatPoints } from "@/domain/format";
import type { DocumentFacts, DocumentSettings } from "./document-facts";
import { placeAndDate } from "./official-date";
import { rankText, totalText } from "./results-rows";
import { leaderSigners } from "./signers";
import type { StateDocument } from "./state-document";

/**
 * The summary score and ranking table (bảng tổng hợp điểm và xếp hạng) on landscape A4: one row
 * per unit in rank order with its sections, bonus, deductions and total, rank, grade, and the
 * tie-break note where equal totals were separated; signed by the year's leaders.
 */
export function summaryTable(facts: DocumentFacts, settings: DocumentSettings): StateDocument {
  const { data } = facts;
  const source = snapshotLabel(data.source);
  const sectionWidth = 8;
  return {
    orientation: "landscape",
    issuer: data.bloc.name.toLocaleUpperCase("vi"),
    numberSymbol: settings.numberSymbol,
    placeDate: placeAndDate(settings.place, settings.issuedOn),
    kind: null,
    subject: `BẢNG TỔNG HỢP ĐIỂM VÀ XẾP HẠNG THI ĐUA NĂM ${data.year}`,
    addressees: [],
    body: [
      {
        kind: "paragraph",
        runs: [{ text: `(${source})`, italic: true }],
        align: "center",
      },
      {
        kind: "table",
        headers: [
          "STT",
          "Đơn vị",
          ...data.sections.map((section) => `${section.code} (tối đa ${formatPoints(section.maxPoints)})`),
          "Điểm thưởng",
          "Điểm trừ",
          "Tổng điểm",
          "Xếp hạng",
          "Xếp loại",
          "Ghi chú",
        ],
        rows: data.rows.map((row, index) => [
          String(index + 1),
          row.name,
          ...row.sectionPoints.map((points) => formatPoints(points)),
          formatPoints(row.bonus),
          formatDeductions(row.deductions),
          totalText(row),
          rankText(row),
          row.classification ?? "",
          row.tieNote ?? "",
        ]),
        widths: [6, 22, ...data.sections.map(() => sectionWidth), 8, 8, 8, 8, 12, 16],
        centred: [
          0,
          ...data.sections.map((_, i) => i + 2),
          ...[0, 1, 2, 3].map((i) => i + data.sections.length + 2),
        ],
      },
    ],
    recipients: settings.recipients,
    signers: leaderSigners(data.members),
    source,
  };
}
