import { describe, expect, it } from "vitest";
import { childrenOf, NEW_NODE_KEY } from "@/domain/score-table/criteria-tree";
import { diffCriteriaTrees, isStructural } from "@/domain/score-table/diff-criteria-trees";
import { applyTreeEdit, TreeEditError } from "@/domain/score-table/edit-criteria-tree";
import { brokenReferences } from "@/domain/score-table/kept-references";
import { validTree } from "./tree-fixtures";

const fields = {
  code: "II.3",
  title: "Mới",
  kind: "MANUAL" as const,
  maxPoints: 100,
  capPoints: null,
  reducesKey: null,
};
const codes = (nodes: ReturnType<typeof validTree>, parent: string | null) =>
  childrenOf(nodes, parent).map((node) => node.code);

describe("applyTreeEdit", () => {
  it("adds a node at the end of its parent's children", () => {
    const after = applyTreeEdit(validTree(), { kind: "add", parentKey: "II", fields });
    expect(codes(after, "II")).toEqual(["II.1", "II.2", "II.3"]);
    expect(after.find((node) => node.key === NEW_NODE_KEY)).toMatchObject({ parentKey: "II", code: "II.3" });
  });

  it("moves a node among its siblings and refuses to move past the ends", () => {
    const after = applyTreeEdit(validTree(), { kind: "move", key: "II", direction: "up" });
    expect(codes(after, null)).toEqual(["II", "I", "IV", "V"]);
    expect(() => applyTreeEdit(validTree(), { kind: "move", key: "I", direction: "up" })).toThrow(
      new TreeEditError("Mục I đã ở vị trí đầu."),
    );
    expect(() => applyTreeEdit(validTree(), { kind: "move", key: "V", direction: "down" })).toThrow(
      TreeEditError,
    );
  });

  it("deletes a node with its subtree and closes the gap in positions", () => {
    const after = applyTreeEdit(validTree(), { kind: "delete", key: "II" });
    expect(after.map((node) => node.code)).not.toContain("II.1");
    expect(childrenOf(after, null).map((node) => node.position)).toEqual([1, 2, 3]);
  });

  it("refuses an edit of a node that is gone", () => {
    expect(() => applyTreeEdit(validTree(), { kind: "update", key: "nope", fields })).toThrow(TreeEditError);
  });
});

describe("diffCriteriaTrees and isStructural", () => {
  it("treats a rename as not structural and a new maximum as structural", () => {
    const before = validTree();
    const renamed = applyTreeEdit(before, {
      kind: "update",
      key: "II.1",
      fields: { ...before[3]!, title: "Tên mới" },
    });
    expect(diffCriteriaTrees(before, renamed).changes).toEqual([
      { key: "II.1", field: "title", oldValue: "Mục II.1", newValue: "Tên mới" },
    ]);
    expect(isStructural(diffCriteriaTrees(before, renamed))).toBe(false);
    const rescored = applyTreeEdit(before, {
      kind: "update",
      key: "II.1",
      fields: { ...before[3]!, maxPoints: 2000 },
    });
    expect(isStructural(diffCriteriaTrees(before, rescored))).toBe(true);
  });
});

describe("brokenReferences", () => {
  const references = {
    tasks: new Map([["I.1", 43]]),
    lines: new Map([["II.1", 2]]),
    rulesDeductionKey: "V.1",
  };
  it.each<[string, Parameters<typeof applyTreeEdit>[1], string]>([
    [
      "deleting a criterion with tasks",
      { kind: "delete", key: "I" },
      "Không thể xóa mục I.1: đang được dùng bởi 43 nhiệm vụ. Hãy chuyển sang tiêu chí khác trước.",
    ],
    [
      "deleting the rules' deduction node",
      { kind: "delete", key: "V.1" },
      "Không thể xóa mục V.1: đang được dùng bởi quy tắc trừ điểm nhiệm vụ không hoàn thành. Hãy chuyển sang tiêu chí khác trước.",
    ],
    [
      "changing the kind of a scored criterion",
      {
        kind: "update",
        key: "II.1",
        fields: { code: "II.1", title: "Mục II.1", kind: "TASK_DERIVED", maxPoints: 2500, capPoints: null },
      },
      "Không thể đổi loại mục II.1: đang được dùng bởi 2 điểm đã chấm.",
    ],
    [
      "adding a sub-criterion under a scored criterion",
      { kind: "add", parentKey: "II.1", fields: { ...fields, code: "II.1.a" } },
      "Không thể thêm tiêu chí con vào mục II.1: mục này đang được dùng bởi 2 điểm đã chấm.",
    ],
  ])("refuses %s", (_, edit, message) => {
    const before = validTree();
    expect(
      brokenReferences(before, diffCriteriaTrees(before, applyTreeEdit(before, edit)), references),
    ).toEqual([message]);
  });

  it("allows changing the maximum of a used criterion", () => {
    const before = validTree();
    const after = applyTreeEdit(before, {
      kind: "update",
      key: "II.1",
      fields: { ...before[3]!, maxPoints: 2000 },
    });
    expect(brokenReferences(before, diffCriteriaTrees(before, after), references)).toEqual([]);
  });
});
