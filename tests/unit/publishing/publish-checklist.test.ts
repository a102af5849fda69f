import { describe, expect, it } from "vitest";
import {
  listNames,
  openChecklistItems,
  publishChecklist,
  resolveOverrides,
  type CheckCode,
  type PublishChecklistInput,
} from "@/domain/publishing";

const UNITS = [
  { unitId: "u1", name: "Sở Xây dựng" },
  { unitId: "u2", name: "Sở Công Thương" },
];
const CRITERIA = [
  { id: "c1", code: "II.1", title: "Cải cách hành chính" },
  { id: "c2", code: "II.2", title: "Chuyển đổi số" },
];
const allFinal = UNITS.flatMap((unit) =>
  CRITERIA.map((criterion) => ({ unitId: unit.unitId, criterionId: criterion.id, stage: "FINAL" as const })),
);

/** A year with nothing left to check. */
const CLEAN: PublishChecklistInput = {
  asOf: "2025-01-15",
  units: UNITS,
  manualCriteria: CRITERIA,
  scoreLines: allFinal,
  allowSelfScoreFallback: false,
  sheets: [{ unitId: "u1", stage: "SELF", status: "APPROVED" }],
  tasks: [
    { number: 1, title: "Đề án chuyển đổi số", deadline: "2024-06-30", status: "DONE" },
    { number: 2, title: "Báo cáo quý IV", deadline: "2025-03-31", status: "IN_PROGRESS" },
  ],
  awards: [
    { code: "CO", name: "Cờ thi đua", needsBallot: false, hasTally: false },
    { code: "BK", name: "Bằng khen", needsBallot: true, hasTally: true },
  ],
  candidates: [{ unitId: "u1", awardCode: "CO", hasProposal: true }],
  ballotOpen: false,
  openObjections: [],
};

const item = (input: PublishChecklistInput, code: CheckCode) =>
  publishChecklist(input).find((entry) => entry.code === code)!;

describe("publishChecklist", () => {
  it("lists every check, all passed, for a year with nothing left to do", () => {
    const items = publishChecklist(CLEAN);
    expect(items.map((entry) => [entry.code, entry.open])).toEqual([
      ["missingScores", false],
      ["missingFinalScores", false],
      ["selfSheetsNotApproved", false],
      ["overdueOpenTasks", false],
      ["awardsWithoutBallot", false],
      ["ballotOpen", false],
      ["openObjections", false],
      ["candidatesWithoutDecision", false],
    ]);
    expect(openChecklistItems(items)).toEqual({ blocking: [], overridable: [] });
  });

  it.each<[string, Partial<PublishChecklistInput>, CheckCode, "blocking" | "override", string]>([
    [
      "a unit with no score at all on a manual criterion",
      { scoreLines: allFinal.filter((line) => !(line.unitId === "u2" && line.criterionId === "c2")) },
      "missingScores",
      "blocking",
      "1 đơn vị chưa có điểm ở tiêu chí chấm trực tiếp (sẽ bị tính 0 điểm): Sở Công Thương (II.2).",
    ],
    [
      "a self-score only, when the rules do not let it count",
      { scoreLines: [...allFinal.slice(1), { unitId: "u1", criterionId: "c1", stage: "SELF" }] },
      "missingScores",
      "blocking",
      "1 đơn vị chưa có điểm ở tiêu chí chấm trực tiếp (sẽ bị tính 0 điểm): Sở Xây dựng (II.1).",
    ],
    [
      "a cross-check score standing in for the final one",
      { scoreLines: [...allFinal.slice(1), { unitId: "u1", criterionId: "c1", stage: "CROSS_CHECK" }] },
      "missingFinalScores",
      "override",
      "1 đơn vị chưa có điểm chấm cuối ở một số tiêu chí (đang dùng điểm của bước trước): Sở Xây dựng (II.1).",
    ],
    [
      "a self-score standing in, when the rules allow it",
      {
        allowSelfScoreFallback: true,
        scoreLines: [...allFinal.slice(1), { unitId: "u1", criterionId: "c1", stage: "SELF" }],
      },
      "missingFinalScores",
      "override",
      "1 đơn vị chưa có điểm chấm cuối ở một số tiêu chí (đang dùng điểm của bước trước): Sở Xây dựng (II.1).",
    ],
    [
      "self-score sheets submitted or returned",
      {
        sheets: [
          { unitId: "u1", stage: "SELF", status: "SUBMITTED" },
          { unitId: "u2", stage: "SELF", status: "RETURNED" },
          { unitId: "u2", stage: "FINAL", status: "DRAFT" },
        ],
      },
      "selfSheetsNotApproved",
      "override",
      "2 phiếu tự chấm chưa được duyệt: Sở Xây dựng (đã nộp, chờ duyệt), Sở Công Thương (bị trả lại).",
    ],
    [
      "tasks past their deadline, not started or in progress",
      {
        tasks: [
          { number: 7, title: "Quy hoạch", deadline: "2024-12-31", status: "IN_PROGRESS" },
          { number: 3, title: "Kiểm kê", deadline: "2024-10-01", status: "NOT_STARTED" },
          { number: 4, title: "Đã xong", deadline: "2024-10-01", status: "DONE" },
          { number: 5, title: "Không làm", deadline: "2024-10-01", status: "NOT_DONE" },
          { number: 6, title: "Đến hạn hôm nay", deadline: "2025-01-15", status: "IN_PROGRESS" },
        ],
      },
      "overdueOpenTasks",
      "override",
      "2 nhiệm vụ đã quá hạn mà chưa kết thúc: số 3 “Kiểm kê”, số 7 “Quy hoạch”.",
    ],
    [
      "an award whose rules need a ballot that has none",
      { awards: [{ code: "BK", name: "Bằng khen", needsBallot: true, hasTally: false }] },
      "awardsWithoutBallot",
      "blocking",
      "Quy chế yêu cầu bỏ phiếu nhưng chưa có kết quả bỏ phiếu: Bằng khen.",
    ],
    [
      "a candidate under the rules with no proposal decision",
      { candidates: [{ unitId: "u2", awardCode: "CO", hasProposal: false }] },
      "candidatesWithoutDecision",
      "override",
      "1 đơn vị đủ điều kiện theo quy chế chưa có quyết định đề nghị khen thưởng: Sở Công Thương (Cờ thi đua).",
    ],
  ])("opens an item for %s", (_case, change, code, severity, message) => {
    const items = publishChecklist({ ...CLEAN, ...change });
    expect(items.find((entry) => entry.code === code)).toEqual({ code, severity, open: true, message });
    expect(items.filter((entry) => entry.open).map((entry) => entry.code)).toEqual([code]);
  });

  it.each([
    ["no award needs a ballot", [], "Quy chế năm này không có hình thức khen thưởng nào cần bỏ phiếu."],
    [
      "the awards needing one have it",
      [{ code: "BK", name: "Bằng khen", needsBallot: true, hasTally: true }],
      "Mọi hình thức khen thưởng cần bỏ phiếu đều đã có kết quả bỏ phiếu.",
    ],
  ])("says what was checked when %s", (_case, awards, message) => {
    expect(item({ ...CLEAN, awards }, "awardsWithoutBallot")).toMatchObject({ open: false, message });
  });

  it("passes a year with no ranked unit and no manual criterion", () => {
    const empty = { ...CLEAN, units: [], manualCriteria: [], scoreLines: [], candidates: [] };
    expect(publishChecklist(empty).filter((entry) => entry.open)).toEqual([]);
  });

  it("splits open items into blocking ones and those needing a reason", () => {
    const items = publishChecklist({
      ...CLEAN,
      scoreLines: [],
      candidates: [{ unitId: "u1", awardCode: "CO", hasProposal: false }],
    });
    const { blocking, overridable } = openChecklistItems(items);
    expect(blocking.map((entry) => entry.code)).toEqual(["missingScores"]);
    expect(overridable.map((entry) => entry.code)).toEqual(["candidatesWithoutDecision"]);
  });
});

describe("listNames", () => {
  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B", "C"], "A, B, C"],
    [["A", "B", "C", "D"], "A, B, C và 1 mục khác"],
    [["A", "B", "C", "D", "E", "F"], "A, B, C và 3 mục khác"],
  ])("%j reads %j", (names, text) => {
    expect(listNames(names)).toBe(text);
  });
});

describe("resolveOverrides", () => {
  const items = publishChecklist({
    ...CLEAN,
    tasks: [{ number: 3, title: "Kiểm kê", deadline: "2024-10-01", status: "NOT_STARTED" }],
    candidates: [{ unitId: "u2", awardCode: "CO", hasProposal: false }],
  });

  it.each<[string, Partial<Record<CheckCode, string>>, CheckCode[]]>([
    ["no reason at all", {}, ["overdueOpenTasks", "candidatesWithoutDecision"]],
    [
      "a blank reason",
      { overdueOpenTasks: "  ", candidatesWithoutDecision: "Khối không đề nghị" },
      ["overdueOpenTasks"],
    ],
    [
      "a reason for a passed item only",
      { missingScores: "Không cần" },
      ["overdueOpenTasks", "candidatesWithoutDecision"],
    ],
  ])("refuses with %s, naming the items that need one", (_case, reasons, missing) => {
    const decision = resolveOverrides(items, reasons);
    expect(decision).toMatchObject({ ok: false, missingReasons: missing });
    expect(!decision.ok && decision.message).toMatch(/^Cần nêu lý do vẫn công bố cho: /);
  });

  it("accepts a reason for every open item, keeping each item's message and the trimmed reason", () => {
    const decision = resolveOverrides(items, {
      overdueOpenTasks: " Nhiệm vụ chuyển sang năm sau ",
      candidatesWithoutDecision: "Khối không đề nghị",
      missingScores: "bỏ qua",
    });
    expect(decision).toEqual({
      ok: true,
      overrides: [
        {
          code: "overdueOpenTasks",
          message: "1 nhiệm vụ đã quá hạn mà chưa kết thúc: số 3 “Kiểm kê”.",
          reason: "Nhiệm vụ chuyển sang năm sau",
        },
        {
          code: "candidatesWithoutDecision",
          message:
            "1 đơn vị đủ điều kiện theo quy chế chưa có quyết định đề nghị khen thưởng: Sở Công Thương (Cờ thi đua).",
          reason: "Khối không đề nghị",
        },
      ],
    });
  });

  it("refuses a blocking item whatever the reasons", () => {
    const blocked = publishChecklist({ ...CLEAN, scoreLines: [] });
    const decision = resolveOverrides(blocked, { missingScores: "Khối đồng ý" });
    expect(decision).toMatchObject({ ok: false, missingReasons: [] });
    expect(!decision.ok && decision.message).toContain("Chưa công bố được, cần xử lý trước:");
  });

  it("accepts a clean year with no overrides", () => {
    expect(resolveOverrides(publishChecklist(CLEAN), {})).toEqual({ ok: true, overrides: [] });
  });
});

describe("an open phones' ballot", () => {
  it("blocks publishing until it is closed or cancelled", () => {
    expect(item(CLEAN, "ballotOpen")).toMatchObject({ open: false, severity: "blocking" });
    expect(item({ ...CLEAN, ballotOpen: true }, "ballotOpen")).toMatchObject({
      open: true,
      severity: "blocking",
      message: expect.stringMatching(/còn đang mở/),
    });
  });
});

describe("objections still waiting for an answer", () => {
  it("names them in number order and lets publishing pass only with a reason", () => {
    const waiting = {
      ...CLEAN,
      openObjections: [
        { number: 3, unitId: "u2", criterionCode: "II.2" },
        { number: 1, unitId: "u1", criterionCode: "I.1" },
      ],
    };
    expect(item(CLEAN, "openObjections")).toMatchObject({ open: false, severity: "override" });
    expect(item(waiting, "openObjections")).toMatchObject({
      open: true,
      severity: "override",
      message:
        "2 khiếu nại về điểm chưa được giải quyết: số 1 (Sở Xây dựng, tiêu chí I.1), số 3 (Sở Công Thương, tiêu chí II.2).",
    });
    expect(resolveOverrides(publishChecklist(waiting), {})).toMatchObject({
      ok: false,
      missingReasons: ["openObjections"],
    });
    expect(
      resolveOverrides(publishChecklist(waiting), { openObjections: "Đã trả lời tại hội nghị" }),
    ).toMatchObject({
      ok: true,
    });
  });
});
