import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { DEFAULT_SCORING_RULES } from "@/domain/scoring";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import { storedRules } from "@/server/mappers/stored-rules";

// The rules as the database gives them: a fresh object per read.
const asStored = (rules: unknown) => JSON.parse(JSON.stringify(rules)) as unknown;

describe("storedRules", () => {
  it("gives what the schema gives, and the same object for the same stored text", () => {
    const first = storedRules(asStored(DEFAULT_SCORING_RULES));
    expect(first).toEqual(scoringRulesSchema.parse(asStored(DEFAULT_SCORING_RULES)));
    expect(storedRules(asStored(DEFAULT_SCORING_RULES))).toBe(first);
  });

  it("parses other rules afresh", () => {
    const stored = asStored({
      ...DEFAULT_SCORING_RULES,
      tieBreaks: [...DEFAULT_SCORING_RULES.tieBreaks].reverse(),
    });
    expect(storedRules(stored)).not.toBe(storedRules(asStored(DEFAULT_SCORING_RULES)));
    expect(storedRules(stored).tieBreaks).toEqual([...DEFAULT_SCORING_RULES.tieBreaks].reverse());
  });

  it("refuses a document the schema refuses, every time", () => {
    const broken = asStored({ ...DEFAULT_SCORING_RULES, taskCompletion: null });
    expect(() => storedRules(broken)).toThrow(ZodError);
    expect(() => storedRules(broken)).toThrow(ZodError);
  });

  it("keeps a bounded number of documents, still right after many", () => {
    for (let share = 0; share < 200; share += 1) {
      const rules = asStored({
        ...DEFAULT_SCORING_RULES,
        taskCompletion: { ...DEFAULT_SCORING_RULES.taskCompletion, lateShare: share * 10 },
      });
      expect(storedRules(rules).taskCompletion.lateShare).toBe(share * 10);
    }
  });
});
