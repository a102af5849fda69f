import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING_RULES } from "@/domain/scoring";
import { canonicalJson } from "@/domain/snapshot/canonical-json";
import { buildSnapshotContent, type SnapshotOverride } from "@/domain/snapshot/snapshot-content";

const FACTS = {
  number: 1,
  reason: null,
  bloc: { id: "b1", code: "KTKT", name: "Khối kinh tế – kỹ thuật", province: "Yên Bái" },
  year: 2025,
  asOf: "2026-01-10",
  members: [],
  scoreTable: null,
  rules: DEFAULT_SCORING_RULES,
  result: { maxPoints: 10000, units: [], pairs: [], excluded: [], awards: [] },
  ballotTallies: [],
  proposals: [],
};
const by = { userId: "u1", displayName: "Trần Văn Bình" };
const override = (code: string): SnapshotOverride => ({ code, message: `Mục ${code}.`, reason: "Lý do", by });

describe("snapshot content and the publishing checklist", () => {
  it("leaves the overrides key out when there are none to keep, as in format-1 snapshots", () => {
    const { format, ...content } = buildSnapshotContent(FACTS);
    expect(format).toBe(3);
    expect(canonicalJson(content)).toBe(canonicalJson(FACTS));
    expect(canonicalJson(buildSnapshotContent(FACTS))).not.toContain("checklistOverrides");
  });

  it.each([
    [["overdueOpenTasks", "candidatesWithoutDecision"]],
    [["candidatesWithoutDecision", "overdueOpenTasks"]],
  ])("keeps the overrides in code order whatever order they come in (%j)", (codes) => {
    const content = buildSnapshotContent({ ...FACTS, checklistOverrides: codes.map(override) });
    expect(content.checklistOverrides?.map((o) => o.code)).toEqual([
      "candidatesWithoutDecision",
      "overdueOpenTasks",
    ]);
  });
});
