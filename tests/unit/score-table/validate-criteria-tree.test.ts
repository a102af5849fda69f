import { describe, expect, it } from "vitest";
import type { DraftNode } from "@/domain/score-table/criteria-tree";
import { validateCriteriaTree } from "@/domain/score-table/validate-criteria-tree";
import { node, validTree } from "./tree-fixtures";

const messages = (issues: { message: string }[]) => issues.map((issue) => issue.message);

function withChange(change: (nodes: DraftNode[]) => DraftNode[]) {
  return validateCriteriaTree(change(validTree()), 10000);
}

describe("validateCriteriaTree", () => {
  it("accepts a complete 100-point table without errors or warnings", () => {
    expect(validateCriteriaTree(validTree(), 10000)).toEqual({ errors: [], warnings: [] });
  });

  it("accepts the same tree on a 1000-point scale only as a warning (sections sum to less)", () => {
    const result = validateCriteriaTree(validTree(), 100000);
    expect(result.errors).toEqual([]);
    expect(messages(result.warnings)).toEqual([
      "Tổng điểm các mục (100,00 điểm) chưa bằng thang điểm (1.000,00 điểm).",
    ]);
  });

  it("accepts criteria summing above their section as a cap, with a warning that says so", () => {
    const result = withChange((n) => n.map((x) => (x.key === "II.2" ? { ...x, maxPoints: 2000 } : x)));
    expect(result.errors).toEqual([]);
    expect(messages(result.warnings)).toEqual([
      "Mục II: tổng điểm các tiêu chí con (45,00 điểm) vượt điểm tối đa của mục (40,00 điểm): điểm của mục được giới hạn ở 40,00 điểm.",
    ]);
  });

  it.each<[string, (nodes: DraftNode[]) => DraftNode[], string]>([
    [
      "a child above its parent",
      (n) => n.map((x) => (x.key === "II.1" ? { ...x, maxPoints: 4500 } : x)),
      "Mục II.1: điểm tối đa (45,00 điểm) vượt điểm tối đa của mục cha II (40,00 điểm).",
    ],
    [
      "sections summing above the scale",
      (n) => [...n, node("III", null, "SECTION", 100)],
      "Tổng điểm các mục (101,00 điểm) vượt thang điểm (100,00 điểm).",
    ],
    [
      "a duplicate code",
      (n) => n.map((x) => (x.key === "II.2" ? { ...x, code: "ii.1" } : x)),
      "Mã ii.1 bị trùng: mỗi mục cần một mã riêng.",
    ],
    [
      "a manual child under a bonus",
      (n) => [...n, node("IV.2", "IV", "MANUAL", 100)],
      "Mục IV.2: mục con của điểm thưởng phải cũng là điểm thưởng.",
    ],
    [
      "a bonus child under a deduction",
      (n) => [...n, node("V.2", "V", "BONUS", 100)],
      "Mục V.2: mục con của điểm trừ phải cũng là điểm trừ.",
    ],
    [
      "a child under a task-derived criterion",
      (n) => [...n, node("I.1.a", "I.1", "MANUAL", 100)],
      "Mục I.1.a: tiêu chí I.1 tính từ nhiệm vụ nên không có tiêu chí con.",
    ],
    [
      "a cap on a manual criterion",
      (n) => n.map((x) => (x.key === "II.1" ? { ...x, capPoints: 100 } : x)),
      "Mục II.1: chỉ điểm thưởng, điểm trừ mới có mức trần.",
    ],
    [
      "a fourth level",
      (n) => [...n, node("II.1.a", "II.1", "MANUAL", 100), node("II.1.a.x", "II.1.a", "MANUAL", 50)],
      "Mục II.1.a.x: bảng điểm chỉ có tối đa 3 cấp (mục → tiêu chí → tiêu chí con).",
    ],
  ])("refuses %s", (_, change, message) => {
    expect(messages(withChange(change).errors)).toContain(message);
  });

  it("only warns when a section's children sum to less, and when a section is empty", () => {
    const result = withChange((n) => [...n.filter((x) => x.key !== "II.2"), node("III", null, "SECTION", 0)]);
    expect(result.errors).toEqual([]);
    expect(messages(result.warnings)).toEqual([
      "Mục II: tổng điểm các tiêu chí con (25,00 điểm) chưa bằng điểm tối đa của mục (40,00 điểm).",
      "Mục III chưa có tiêu chí nào.",
    ]);
  });

  it("lets bonus items add up above the bonus group's cap (the cap applies when scoring)", () => {
    const result = withChange((n) => [...n, node("IV.2", "IV", "BONUS", 400, 400)]);
    expect(result.errors).toEqual([]);
  });

  it("accepts an empty table with a warning about the scale", () => {
    expect(validateCriteriaTree([], 10000)).toEqual({
      errors: [],
      warnings: [
        { nodeKey: null, message: "Tổng điểm các mục (0,00 điểm) chưa bằng thang điểm (100,00 điểm)." },
      ],
    });
  });
});
