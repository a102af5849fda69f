import { describe, expect, it } from "vitest";
import {
  fileObjectionSchema,
  openDisputeWindowSchema,
  resolveObjectionSchema,
} from "@/schemas/disputes/objection";
import { requiredText } from "@/schemas/text";

const firstError = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.message ?? null);

describe("a textarea's line breaks", () => {
  it("count as one character each, as the browser's CRLF arrives", () => {
    expect(requiredText("ý kiến", 5).parse("a\r\nb\r\nc")).toBe("a\nb\nc");
    expect(requiredText("ý kiến", 4).safeParse("a\r\nb\r\nc").success).toBe(false);
  });
});

describe("the dispute window's days", () => {
  const days = (value: unknown) =>
    firstError(openDisputeWindowSchema.safeParse({ blocYearId: "y1", version: "1", days: value }));
  it.each([
    ["", "Vui lòng nhập số ngày."],
    ["0", "Thời hạn khiếu nại ít nhất 1 ngày."],
    ["-5", "Thời hạn khiếu nại ít nhất 1 ngày."],
    ["31", "Thời hạn khiếu nại tối đa 30 ngày."],
    ["2.5", "Số ngày phải là số nguyên, ví dụ 7."],
    ["1e1", "Số ngày phải là số nguyên, ví dụ 7."],
    ["bảy", "Số ngày phải là số nguyên, ví dụ 7."],
    [" 7 ", null],
    ["30", null],
  ])("%j → %s", (value, message) => {
    expect(days(value)).toBe(message);
  });
});

describe("an objection and its answer", () => {
  it("asks for a criterion, a figure and a reason", () => {
    expect(firstError(fileObjectionSchema.safeParse({ unitId: "u1", stage: "FINAL", reason: "x" }))).toBe(
      "Vui lòng chọn tiêu chí bị khiếu nại.",
    );
    expect(
      firstError(
        fileObjectionSchema.safeParse({ unitId: "u1", criterionId: "c1", stage: "SELF", reason: "x" }),
      ),
    ).toBe("Vui lòng chọn điểm bị khiếu nại (kiểm tra chéo hay chấm cuối).");
    expect(
      firstError(
        fileObjectionSchema.safeParse({ unitId: "u1", criterionId: "c1", stage: "FINAL", reason: " " }),
      ),
    ).toBe("Vui lòng nhập nội dung khiếu nại.");
  });

  it.each([
    [{ decision: "accept", points: "", resolution: "Đúng" }, "Vui lòng nhập điểm sau giải quyết."],
    [{ decision: "accept", points: "abc", resolution: "Đúng" }, "Điểm phải là một số, ví dụ 8,5."],
    [{ decision: "accept", points: "7,5", resolution: "" }, "Vui lòng nhập ý kiến giải quyết."],
    [{ decision: "reject", resolution: "" }, "Vui lòng nhập lý do không chấp nhận."],
    [{ decision: "maybe", resolution: "x" }, "Vui lòng chọn chấp nhận hay không chấp nhận khiếu nại."],
  ])("refuses %j: %s", (answer, message) => {
    expect(firstError(resolveObjectionSchema.safeParse({ objectionId: "o1", version: "1", ...answer }))).toBe(
      message,
    );
  });

  it("reads an accepted figure in hundredths", () => {
    const parsed = resolveObjectionSchema.parse({
      objectionId: "o1",
      version: "2",
      decision: "accept",
      points: "7,5",
      resolution: "Đúng",
    });
    expect(parsed).toMatchObject({ decision: "accept", points: 750, version: 2 });
  });
});
