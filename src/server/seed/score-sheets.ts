import type { ScoreStage, SheetStatus } from "@/generated/prisma/client";
import { scoreTableCriteria } from "./score-table";

// Illustrative score sheets (the article gives no scores), in centipoints by criterion code.
// 2023 is complete and adopted: self, cross-check and final sheets for every member, chosen to
// spread the totals from 65,50 to 98,75 over three classification levels, with Sở Xây dựng and
// Sở Công Thương tied at 91,00 (more task points puts Xây dựng ahead, rules' first tie-break).
// 2024 is being scored: most units have self-scored, the head's unit has cross-checked some.

export type SeedLine = { points: number; explanation?: string };
export type SeedSheet = {
  unit: string;
  stage: ScoreStage;
  status: SheetStatus;
  /** When the self-score was submitted and approved, as the workflow would have stamped it. */
  submittedOn?: string;
  approvedOn?: string;
  lines: Readonly<Record<string, number | SeedLine>>;
};

const MAX_BY_CODE = new Map(
  scoreTableCriteria("").flatMap((section) =>
    (section.children ?? []).map((leaf) => [leaf.code, leaf.maxPoints] as const),
  ),
);
const MANUAL_CODES = new Set(["II.1", "II.2", "II.3", "III.1", "III.2"]);

/** The scores the bloc adopted for 2023 (final stage). */
const FINAL_2023: Readonly<Record<string, Readonly<Record<string, number | SeedLine>>>> = {
  TNMT: {
    "II.1": 750,
    "II.2": 575,
    "II.3": 550,
    "III.1": 950,
    "III.2": 950,
    "IV.2": { points: 100, explanation: "Mô hình “Một cửa liên thông đất đai” được UBND tỉnh công nhận" },
  },
  KHCN: {
    "II.1": 800,
    "II.2": 600,
    "II.3": 575,
    "III.1": 1000,
    "III.2": 975,
    "IV.1": { points: 200, explanation: "Cờ thi đua của Bộ Khoa học và Công nghệ năm 2023" },
  },
  GTVT: { "II.1": 725, "II.2": 550, "II.3": 500, "III.1": 950, "III.2": 950 },
  XD: { "II.1": 750, "II.2": 575, "II.3": 500, "III.1": 950, "III.2": 925 },
  CT: {
    "II.1": 775,
    "II.2": 575,
    "II.3": 550,
    "III.1": 975,
    "III.2": 975,
    "IV.2": { points: 100, explanation: "Sáng kiến về xúc tiến thương mại trực tuyến được công nhận" },
    "V.1": { points: 50, explanation: "Báo cáo quý III gửi chậm 01 lần" },
  },
  NNPTNT: {
    "II.1": 700,
    "II.2": 500,
    "II.3": 475,
    "III.1": 900,
    "III.2": 850,
    "V.2": { points: 100, explanation: "Vắng hội nghị sơ kết 6 tháng của khối" },
  },
  BQLDA: {
    "II.1": 650,
    "II.2": 450,
    "II.3": 400,
    "III.1": 850,
    "III.2": 800,
    "V.1": { points: 100, explanation: "Báo cáo chậm 02 lần" },
  },
  BQLKCN: {
    "II.1": 750,
    "II.2": 550,
    "II.3": 550,
    "III.1": 1000,
    "III.2": 950,
    "IV.2": { points: 50, explanation: "Mô hình hỗ trợ doanh nghiệp được Ban Thi đua tỉnh ghi nhận" },
  },
};

/** Where the head's cross-check differed and the bloc meeting settled on the final figure above. */
const CROSS_CHECK_2023_CHANGES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  BQLDA: { "III.2": 750 },
  NNPTNT: { "II.3": 450 },
};

/** Units score themselves a little higher than the bloc does: +0,25 on each manual line, within its max. */
function selfScoreOf(lines: Readonly<Record<string, number | SeedLine>>): Record<string, number | SeedLine> {
  return Object.fromEntries(
    Object.entries(lines).map(([code, line]) =>
      MANUAL_CODES.has(code) && typeof line === "number"
        ? [code, Math.min(line + 25, MAX_BY_CODE.get(code) ?? line)]
        : [code, line],
    ),
  );
}

export const SCORE_SHEETS_2023: readonly SeedSheet[] = Object.entries(FINAL_2023).flatMap(
  ([unit, lines]): SeedSheet[] => [
    {
      unit,
      stage: "SELF",
      status: "APPROVED",
      submittedOn: "2023-12-08",
      approvedOn: "2023-12-15",
      lines: selfScoreOf(lines),
    },
    { unit, stage: "CROSS_CHECK", status: "DRAFT", lines: { ...lines, ...CROSS_CHECK_2023_CHANGES[unit] } },
    { unit, stage: "FINAL", status: "DRAFT", lines },
  ],
);

/**
 * 2024 in the middle of scoring: five self-scores in every state of the workflow (TN&MT, GTVT and
 * Công Thương have not started theirs), cross-checks of four units (NN&PTNT's only in section II),
 * no final scores yet.
 */
export const SCORE_SHEETS_2024: readonly SeedSheet[] = [
  {
    unit: "KHCN",
    stage: "SELF",
    status: "APPROVED",
    submittedOn: "2024-12-10",
    approvedOn: "2024-12-13",
    lines: {
      "II.1": 775,
      "II.2": 600,
      "II.3": 550,
      "III.1": 1000,
      "III.2": 950,
      "IV.2": { points: 150, explanation: "Sáng kiến “Sàn giao dịch công nghệ Yên Bái” được công nhận" },
    },
  },
  {
    unit: "XD",
    stage: "SELF",
    status: "APPROVED",
    submittedOn: "2024-12-11",
    approvedOn: "2024-12-13",
    lines: { "II.1": 750, "II.2": 575, "II.3": 525, "III.1": 950, "III.2": 925 },
  },
  {
    unit: "BQLKCN",
    stage: "SELF",
    status: "APPROVED",
    submittedOn: "2024-12-09",
    approvedOn: "2024-12-12",
    lines: { "II.1": 775, "II.2": 575, "II.3": 550, "III.1": 975, "III.2": 950 },
  },
  {
    unit: "NNPTNT",
    stage: "SELF",
    status: "SUBMITTED",
    submittedOn: "2024-12-17",
    lines: { "II.1": 725, "II.2": 550, "II.3": 500, "III.1": 950, "III.2": 900 },
  },
  { unit: "BQLDA", stage: "SELF", status: "DRAFT", lines: { "II.1": 700, "II.2": 500, "II.3": 450 } },
  {
    unit: "KHCN",
    stage: "CROSS_CHECK",
    status: "DRAFT",
    lines: {
      "II.1": 750,
      "II.2": 575,
      "II.3": 550,
      "III.1": 975,
      "III.2": 950,
      "IV.2": { points: 150, explanation: "Đã kiểm tra quyết định công nhận sáng kiến" },
    },
  },
  {
    unit: "XD",
    stage: "CROSS_CHECK",
    status: "DRAFT",
    lines: {
      "II.1": 725,
      "II.2": 575,
      "II.3": 500,
      "III.1": 950,
      "III.2": 900,
      "V.1": { points: 50, explanation: "Báo cáo sơ kết 6 tháng gửi chậm" },
    },
  },
  {
    unit: "BQLKCN",
    stage: "CROSS_CHECK",
    status: "DRAFT",
    lines: { "II.1": 750, "II.2": 550, "II.3": 525, "III.1": 950, "III.2": 950 },
  },
  {
    unit: "NNPTNT",
    stage: "CROSS_CHECK",
    status: "DRAFT",
    lines: { "II.1": 700, "II.2": 525, "II.3": 500 },
  },
];
