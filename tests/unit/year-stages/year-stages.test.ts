import { describe, expect, it } from "vitest";
import {
  checkStageMove,
  movesFrom,
  stageAllows,
  stageRefusalMessage,
  STAGE_MOVES,
  YEAR_ACTIVITIES,
  YEAR_STAGES,
  type YearActivity,
  type YearStage,
} from "@/domain/year-stages";

// The specification, column by column: D(raft) A(ctive) S(coring) R(eview) P(ublished) C(orrecting).
const ALLOWED_IN: Record<YearActivity, string> = {
  members: "DA",
  roles: "DA",
  pledge: "DA",
  registrations: "DAS",
  scoreTable: "DA",
  tasks: "DAS",
  taskRemoval: "DA",
  taskProgress: "AS C",
  scoreEntry: "S C",
  sheetReview: "S C",
  eligibility: "DASRC",
  awards: "SRC",
  disputes: "SRC",
  settings: "DASRC",
  publish: "RC",
  correction: "P",
};
const LETTER: Record<YearStage, string> = {
  DRAFT: "D",
  ACTIVE: "A",
  SCORING: "S",
  REVIEW: "R",
  PUBLISHED: "P",
  CORRECTING: "C",
};

const permissionCases = YEAR_ACTIVITIES.flatMap((activity) =>
  YEAR_STAGES.map((stage) => ({ activity, stage, allowed: ALLOWED_IN[activity].includes(LETTER[stage]) })),
);

describe("what each stage allows", () => {
  it.each(permissionCases)("$stage allows $activity: $allowed", ({ stage, activity, allowed }) => {
    expect(stageAllows(stage, activity)).toBe(allowed);
  });

  it("a published year allows nothing but opening a correction", () => {
    expect(YEAR_ACTIVITIES.filter((activity) => stageAllows("PUBLISHED", activity))).toEqual(["correction"]);
  });

  it.each(permissionCases.filter((c) => !c.allowed && c.stage !== "PUBLISHED"))(
    "refusing $activity in $stage names the stage and the stages that allow it",
    ({ stage, activity }) => {
      const message = stageRefusalMessage(stage, activity);
      expect(message).toMatch(/^Năm thi đua đang ở giai đoạn “[^”]+”: không thể /);
      expect(message).toContain("trang Tổng quan của năm");
    },
  );

  it("spells the refusal out in Vietnamese", () => {
    expect(stageRefusalMessage("SCORING", "members")).toBe(
      "Năm thi đua đang ở giai đoạn “Đang chấm điểm”: không thể sửa thành viên, đổi tên hay hợp nhất đơn vị. " +
        "Việc này chỉ làm được khi năm ở giai đoạn “Đang chuẩn bị” hoặc “Đang thực hiện”; " +
        "người quản lý khối chuyển giai đoạn ở trang Tổng quan của năm.",
    );
    expect(stageRefusalMessage("DRAFT", "awards")).toContain(
      "giai đoạn “Đang chấm điểm”, “Chờ công bố” hoặc “Đang đính chính”",
    );
  });
});

type MoveCase = { from: YearStage; to: YearStage; expected: "overview" | "publishing" | "refused" };
// Forward (→) and back (←) moves; every other pair is refused.
const ALLOWED_MOVES: Record<string, MoveCase["expected"]> = {
  "DRAFT→ACTIVE": "overview",
  "ACTIVE→SCORING": "overview",
  "SCORING→REVIEW": "overview",
  "REVIEW→PUBLISHED": "publishing",
  "CORRECTING→PUBLISHED": "publishing",
  "ACTIVE←DRAFT": "overview",
  "SCORING←ACTIVE": "overview",
  "REVIEW←SCORING": "overview",
  "PUBLISHED←CORRECTING": "publishing",
};
const BACK = new Set(["ACTIVE→DRAFT", "SCORING→ACTIVE", "REVIEW→SCORING", "PUBLISHED→CORRECTING"]);
const expectedMove = (from: YearStage, to: YearStage): MoveCase["expected"] =>
  ALLOWED_MOVES[`${from}→${to}`] ?? ALLOWED_MOVES[`${from}←${to}`] ?? "refused";
const moveCases: MoveCase[] = YEAR_STAGES.flatMap((from) =>
  YEAR_STAGES.map((to) => ({ from, to, expected: expectedMove(from, to) })),
);

describe("moves between stages", () => {
  it.each(moveCases)("$from → $to: $expected", ({ from, to, expected }) => {
    const reason = "Bổ sung thành viên mới theo quyết định của UBND tỉnh";
    const fromOverview = checkStageMove({ from, to, route: "overview", reason });
    const fromPublishing = checkStageMove({ from, to, route: "publishing", reason });
    expect(fromOverview.ok).toBe(expected === "overview");
    expect(fromPublishing.ok).toBe(expected === "publishing");
    if (expected === "refused")
      expect(fromOverview).toMatchObject({ ok: false, message: expect.stringMatching(/^Không thể chuyển/) });
  });

  const allowed = moveCases.flatMap(({ from, to, expected }) =>
    expected === "refused" ? [] : [{ from, to, route: expected }],
  );
  it.each(allowed)("$from → $to needs a reason exactly when it goes back", ({ from, to, route }) => {
    const back = BACK.has(`${from}→${to}`);
    for (const reason of [undefined, null, "", "   "]) {
      const check = checkStageMove({ from, to, route, reason });
      expect(check.ok).toBe(!back);
      if (!check.ok) expect(check.message).toMatch(/^Vui lòng nhập lý do để “/);
    }
    expect(STAGE_MOVES.find((m) => m.from === from && m.to === to)?.direction).toBe(
      back ? "back" : "forward",
    );
  });

  it.each(STAGE_MOVES.filter((m) => m.direction === "forward" && m.route === "overview"))(
    "$from → $to says what it sets going before it is made",
    (move) => {
      expect(move.confirmation).toMatch(/^Năm thi đua chuyển sang “.+”: /);
    },
  );

  it("names the publish tab for a publishing move asked from the overview", () => {
    expect(checkStageMove({ from: "REVIEW", to: "PUBLISHED", route: "overview" })).toEqual({
      ok: false,
      message: "“Công bố kết quả” được thực hiện ở mục Công bố.",
    });
  });

  it.each(YEAR_STAGES)("%s has a way on: a move out, and publication is reachable", (stage) => {
    expect(movesFrom(stage).length).toBeGreaterThan(0);
    const seen = new Set<YearStage>([stage]);
    for (let frontier = [stage]; frontier.length > 0;) {
      frontier = frontier.flatMap((s) => movesFrom(s).map((m) => m.to)).filter((s) => !seen.has(s));
      frontier.forEach((s) => seen.add(s));
    }
    expect(seen.has("PUBLISHED")).toBe(true);
  });

  it.each(YEAR_STAGES)("%s allows publishing exactly when a publishing move leads to PUBLISHED", (stage) => {
    const publishes = movesFrom(stage).some((m) => m.to === "PUBLISHED" && m.route === "publishing");
    expect(stageAllows(stage, "publish")).toBe(publishes);
    const corrects = movesFrom(stage).some((m) => m.to === "CORRECTING");
    expect(stageAllows(stage, "correction")).toBe(corrects);
  });
});
