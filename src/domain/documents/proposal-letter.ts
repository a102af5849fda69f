import { snapshotLabel } from "@/domain/conference/display";
import type { DocumentFacts, DocumentSettings } from "./document-facts";
import { placeAndDate } from "./official-date";
import { proposedUnits, rankText, tallyOf, tallyText, totalText } from "./results-rows";
import { leaderSigners } from "./signers";
import { paragraph, type DocumentBlock, type StateDocument } from "./state-document";

/** The legal grounds every proposal for an emulation award cites. */
export const LEGAL_GROUNDS = [
  "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
  "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
];

/**
 * The proposal letter (tờ trình) carrying the bloc's award proposals to the province's emulation
 * council: grounds, the published result it rests on, one row per proposed unit with its points,
 * rank and ballot, signed by the head of the bloc.
 */
export function proposalLetter(facts: DocumentFacts, settings: DocumentSettings): StateDocument {
  const { data } = facts;
  const addressee = settings.addressee ?? "";
  const source = snapshotLabel(data.source);
  return {
    orientation: "portrait",
    issuer: data.bloc.name.toLocaleUpperCase("vi"),
    numberSymbol: settings.numberSymbol,
    placeDate: placeAndDate(settings.place, settings.issuedOn),
    kind: "TỜ TRÌNH",
    subject: `Về việc đề nghị khen thưởng công tác thi đua năm ${data.year}`,
    addressees: addressee ? [addressee] : [],
    body: [
      ...LEGAL_GROUNDS.map((text) => paragraph(text)),
      paragraph(
        `Căn cứ kết quả chấm điểm, xếp hạng thi đua năm ${data.year} của ${data.bloc.name} (${source});`,
      ),
      ...(facts.tallies.length > 0
        ? [paragraph("Căn cứ kết quả bỏ phiếu suy tôn tại hội nghị tổng kết của khối,")]
        : []),
      paragraph(
        `${data.bloc.name} kính đề nghị ${addressee || "cấp có thẩm quyền"} xem xét, khen thưởng các đơn vị sau:`,
      ),
      ...proposalsTable(facts),
      paragraph(`(Kèm theo Bảng tổng hợp điểm và xếp hạng thi đua năm ${data.year}.)`, { indent: true }),
      paragraph(`Kính trình ${addressee || "cấp có thẩm quyền"} xem xét, quyết định./.`),
    ],
    recipients: settings.recipients,
    signers: leaderSigners(data.members, ["HEAD"]),
    source,
  };
}

function proposalsTable(facts: DocumentFacts): DocumentBlock[] {
  const proposed = proposedUnits(facts.data);
  if (proposed.length === 0)
    return [paragraph(`Năm ${facts.data.year}, khối không có đơn vị nào được đề nghị khen thưởng.`)];
  return [
    {
      kind: "table",
      headers: ["STT", "Đơn vị", "Hình thức khen thưởng", "Tổng điểm", "Xếp hạng", "Phiếu đồng ý"],
      rows: proposed.map(({ row, awardName, awardCode }, index) => [
        String(index + 1),
        row.name,
        awardName,
        totalText(row),
        rankText(row),
        tallyText(tallyOf(facts.tallies, row.unitId, awardCode)),
      ]),
      widths: [8, 28, 24, 12, 12, 18],
      centred: [0, 3, 4, 5],
    },
  ];
}
