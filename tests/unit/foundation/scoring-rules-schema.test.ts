import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING_RULES } from "@/domain/scoring";
import { scoringRulesSchema } from "@/schemas/scoring-rules";

const withChange = (change: (rules: typeof DEFAULT_SCORING_RULES) => void) => {
  const rules = structuredClone(DEFAULT_SCORING_RULES);
  change(rules);
  return scoringRulesSchema.safeParse(rules);
};

describe("the rules document of a bloc-year", () => {
  it("accepts the default rules", () => {
    expect(scoringRulesSchema.parse(DEFAULT_SCORING_RULES)).toEqual(DEFAULT_SCORING_RULES);
  });

  it.each([
    [
      "a tie-break used twice",
      (r: typeof DEFAULT_SCORING_RULES) => r.tieBreaks.push("moreTaskPoints"),
      "Mỗi tiêu chí phụ chỉ dùng một lần trong chuỗi.",
    ],
    [
      "two leading awards",
      (r: typeof DEFAULT_SCORING_RULES) => r.awards.forEach((a) => (a.isLeadingAward = true)),
      "Chỉ một danh hiệu được đánh dấu là danh hiệu dẫn đầu.",
    ],
    [
      "a floor above the late share",
      (r: typeof DEFAULT_SCORING_RULES) => (r.taskCompletion.lateFloorShare = 6000),
      "Mức sàn không được cao hơn tỷ lệ điểm khi trễ hạn.",
    ],
    [
      "a share above 100 %",
      (r: typeof DEFAULT_SCORING_RULES) => (r.taskCompletion.onTimeShare = 10001),
      "Tỷ lệ điểm khi đúng hạn không vượt quá 100%.",
    ],
    [
      "an unknown tie-break",
      (r: typeof DEFAULT_SCORING_RULES) => (r.tieBreaks = ["alphabetical" as never]),
      undefined,
    ],
  ])("refuses %s", (_case, change, message) => {
    const result = withChange(change);
    expect(result.success).toBe(false);
    if (message) expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });
});
