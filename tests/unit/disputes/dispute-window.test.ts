import { describe, expect, it } from "vitest";
import { describeWindow, takesObjections, windowRefusal, windowStartingOn } from "@/domain/disputes";

const WINDOW = windowStartingOn("2026-12-01", 3);

describe("the dispute window", () => {
  it("runs N days from its first, both ends inclusive", () => {
    expect(WINDOW).toEqual({ opensOn: "2026-12-01", closesOn: "2026-12-03" });
    expect(windowStartingOn("2026-12-30", 5).closesOn).toBe("2027-01-03");
  });

  it.each([
    [null, "2026-12-02", "Khối chưa mở thời hạn khiếu nại về điểm của năm này."],
    [WINDOW, "2026-11-30", "Thời hạn khiếu nại bắt đầu từ ngày 01/12/2026."],
    [WINDOW, "2026-12-01", null],
    [WINDOW, "2026-12-03", null],
    [WINDOW, "2026-12-04", "Thời hạn khiếu nại đã kết thúc ngày 03/12/2026."],
  ])("%j on %s: %s", (window, today, refusal) => {
    expect(windowRefusal(window, today)).toBe(refusal);
  });

  it("says how many days are left, and when today is the last", () => {
    expect(describeWindow(WINDOW, "2026-12-01")).toBe(
      "Đang trong thời hạn khiếu nại: từ ngày 01/12/2026 đến hết ngày 03/12/2026 (còn 3 ngày).",
    );
    expect(describeWindow(WINDOW, "2026-12-03")).toMatch(/\(hôm nay là ngày cuối\)\.$/);
  });

  it.each([
    ["SCORING", true],
    ["REVIEW", true],
    ["CORRECTING", true],
    ["ACTIVE", false],
    ["PUBLISHED", false],
  ] as const)("takes objections in stage %s inside the window: %s", (status, takes) => {
    expect(takesObjections({ status, window: WINDOW }, "2026-12-02")).toBe(takes);
    expect(takesObjections({ status, window: WINDOW }, "2026-12-04")).toBe(false);
  });
});
