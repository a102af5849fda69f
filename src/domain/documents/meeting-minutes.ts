import { snapshotLabel } from "@/domain/conference/display";
import { objectionSentence } from "@/domain/disputes";
import { BLOC_ROLE_LABEL, PROPOSAL_STATUS_LABEL } from "@/domain/vocabulary";
import type { DocumentFacts, DocumentSettings } from "./document-facts";
import { placeAndDate } from "./official-date";
import { rankText, tallyText, totalText } from "./results-rows";
import { leaderSigners } from "./signers";
import { paragraph, type DocumentBlock, type StateDocument } from "./state-document";

const heading = (text: string): DocumentBlock => paragraph(text, { bold: true, indent: true });

/**
 * The minutes (biên bản) of the review meeting as the bloc files them: who took part, the result
 * the meeting adopted, the ballot, the proposals, next year's leaders, the members' objections to
 * their figures and the answers, and what was let pass at publishing and why; signed by the head and the deputies.
 */
export function meetingMinutes(facts: DocumentFacts, settings: DocumentSettings): StateDocument {
  const { data } = facts;
  const source = snapshotLabel(data.source);
  const head = data.members.find((member) => member.role === "HEAD");
  return {
    orientation: "portrait",
    issuer: data.bloc.name.toLocaleUpperCase("vi"),
    numberSymbol: settings.numberSymbol,
    placeDate: placeAndDate(settings.place, settings.issuedOn),
    kind: "BIÊN BẢN",
    subject: `Hội nghị tổng kết công tác thi đua năm ${data.year}`,
    addressees: [],
    body: [
      heading("I. THÀNH PHẦN"),
      paragraph(`Đại diện lãnh đạo ${data.members.length} đơn vị thành viên của ${data.bloc.name}:`),
      ...data.members.map((member, index) =>
        paragraph(
          `- ${member.name}${member.role ? ` (${BLOC_ROLE_LABEL[member.role].toLowerCase()})` : ""}${index === data.members.length - 1 ? "." : ";"}`,
        ),
      ),
      ...(head ? [paragraph(`Chủ trì hội nghị: ${head.name}, trưởng khối.`)] : []),
      heading("II. NỘI DUNG"),
      heading(`1. Kết quả chấm điểm, xếp hạng thi đua năm ${data.year}`),
      paragraph(`Hội nghị đã thông qua kết quả chấm điểm, xếp hạng (${source}) như sau:`),
      resultsTable(facts),
      ...ballotSection(facts),
      heading("3. Đề nghị khen thưởng"),
      ...proposalLines(facts),
      ...nextYearSection(facts),
      ...objectionSection(facts),
      ...overrideSection(facts),
      paragraph("Biên bản được các thành viên dự hội nghị thống nhất thông qua./."),
    ],
    recipients: settings.recipients,
    signers: leaderSigners(data.members),
    source,
  };
}

function resultsTable({ data }: DocumentFacts): DocumentBlock {
  return {
    kind: "table",
    headers: ["STT", "Đơn vị", "Tổng điểm", "Xếp hạng", "Xếp loại"],
    rows: data.rows.map((row, index) => [
      String(index + 1),
      row.name,
      totalText(row),
      rankText(row),
      row.classification ?? "",
    ]),
    widths: [8, 42, 14, 14, 22],
    centred: [0, 2, 3],
  };
}

function ballotSection({ data, tallies }: DocumentFacts): DocumentBlock[] {
  const nameOf = new Map(data.rows.map((row) => [row.unitId, row.name]));
  const awardName = new Map(data.awards.map((award) => [award.awardCode, award.awardName]));
  return [
    heading("2. Kết quả bỏ phiếu suy tôn"),
    tallies.length === 0
      ? paragraph("Hội nghị không tổ chức bỏ phiếu suy tôn.")
      : {
          kind: "table",
          headers: ["STT", "Đơn vị", "Hình thức khen thưởng", "Phiếu đồng ý / có mặt"],
          rows: inAwardOrder(
            tallies,
            data.awards.map((award) => award.awardCode),
          ).map((tally, index) => [
            String(index + 1),
            nameOf.get(tally.unitId) ?? "",
            awardName.get(tally.awardCode) ?? tally.awardCode,
            tallyText(tally),
          ]),
          widths: [8, 39, 30, 23],
          centred: [0, 3],
        },
  ];
}

function proposalLines({ data }: DocumentFacts): DocumentBlock[] {
  if (data.awards.length === 0) return [paragraph("Không có đề nghị nào.")];
  return data.awards.map((award) =>
    paragraph(
      `- ${award.awardName}: ${award.units
        .map((unit) => `${unit.name} (${PROPOSAL_STATUS_LABEL[unit.status].toLowerCase()})`)
        .join("; ")}.`,
    ),
  );
}

function nextYearSection({ data }: DocumentFacts): DocumentBlock[] {
  if (!data.nextYear || data.nextYear.roles.length === 0) return [];
  return [
    heading(`4. Bầu trưởng khối, phó trưởng khối năm ${data.nextYear.year}`),
    ...data.nextYear.roles.map((role) => paragraph(`- ${BLOC_ROLE_LABEL[role.role]}: ${role.name}.`)),
  ];
}

function objectionSection({ data, objections }: DocumentFacts): DocumentBlock[] {
  if (objections.length === 0) return [];
  const nameOf = new Map(data.members.map((member) => [member.unitId, member.name]));
  return [
    heading("Khiếu nại về kết quả chấm điểm và việc giải quyết"),
    ...objections.map((objection) =>
      paragraph(`- ${objectionSentence(objection, nameOf.get(objection.unitId) ?? "")}`),
    ),
  ];
}

function overrideSection({ overrides }: DocumentFacts): DocumentBlock[] {
  if (overrides.length === 0) return [];
  return [
    heading("Những nội dung còn mở khi công bố kết quả"),
    ...overrides.map((override) =>
      paragraph(`- ${override.message} Lý do: ${override.reason} (${override.by.displayName}).`),
    ),
  ];
}

/** The tallies award by award, in the order the letter and the proposals list them. */
function inAwardOrder(tallies: DocumentFacts["tallies"], awardCodes: string[]) {
  const rank = (code: string) => (awardCodes.includes(code) ? awardCodes.indexOf(code) : awardCodes.length);
  return [...tallies].sort((a, b) => rank(a.awardCode) - rank(b.awardCode));
}
