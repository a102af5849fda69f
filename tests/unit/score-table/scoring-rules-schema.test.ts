import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING_RULES } from "@/domain/scoring";
import { scoringRulesSchema } from "@/schemas/scoring-rules";

const levels = DEFAULT_SCORING_RULES.classificationLevels;

function messagesOf(rules: unknown) {
  const result = scoringRulesSchema.safeParse(rules);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("scoringRulesSchema", () => {
  it("accepts the default rules", () => {
    expect(messagesOf(DEFAULT_SCORING_RULES)).toEqual([]);
  });

  it("refuses classification levels that are not best first", () => {
    const swapped = [levels[1], levels[0], levels[2], levels[3]];
    expect(messagesOf({ ...DEFAULT_SCORING_RULES, classificationLevels: swapped })).toEqual([
      "Các mức xếp loại xếp từ cao xuống thấp: ngưỡng của HTXS không được cao hơn mức trên (HTT).",
    ]);
  });

  it("refuses a level after one without a threshold (it could never be reached)", () => {
    const unreachable = [levels[3], levels[2]];
    expect(messagesOf({ ...DEFAULT_SCORING_RULES, classificationLevels: unreachable })).toHaveLength(1);
  });

  it.each([
    [
      { awards: DEFAULT_SCORING_RULES.awards.map((award) => ({ ...award, isLeadingAward: true })) },
      "Chỉ một danh hiệu được đánh dấu là danh hiệu dẫn đầu.",
    ],
    [{ tieBreaks: ["moreBonus", "moreBonus"] }, "Mỗi tiêu chí phụ chỉ dùng một lần trong chuỗi."],
    [
      { classificationLevels: [levels[0], levels[0]] },
      "Mã HTXS đã dùng cho mức 1: mỗi mức cần một mã riêng.",
    ],
    [
      { awards: [DEFAULT_SCORING_RULES.awards[1], DEFAULT_SCORING_RULES.awards[1]] },
      "Mã BANG_KHEN_UBND_TINH đã dùng cho danh hiệu thứ 1: mỗi danh hiệu cần một mã riêng.",
    ],
    [
      { taskCompletion: { ...DEFAULT_SCORING_RULES.taskCompletion, lateShare: 10000, onTimeShare: 9000 } },
      "Tỷ lệ điểm khi trễ hạn không được cao hơn khi đúng hạn.",
    ],
  ])("refuses %j", (change, message) => {
    expect(messagesOf({ ...DEFAULT_SCORING_RULES, ...change })).toContain(message);
  });
});
