import { describe, expect, it } from "vitest";
import { DATE_FORMAT_PROBLEM, maskDateEntry, readDateEntry } from "@/domain/calendar";

describe("a typed date", () => {
  it.each([
    ["12/01/2024", { kind: "day", iso: "2024-01-12" }],
    ["5/3/2024", { kind: "day", iso: "2024-03-05" }],
    [" 29/02/2024 ", { kind: "day", iso: "2024-02-29" }],
    ["2024-01-12", { kind: "day", iso: "2024-01-12" }],
    ["", { kind: "empty" }],
    ["31/02/2025", { kind: "problem", message: "Ngày 31/02/2025 không tồn tại." }],
    ["29/02/2025", { kind: "problem", message: "Ngày 29/02/2025 không tồn tại." }],
    ["1/13/2025", { kind: "problem", message: "Ngày 01/13/2025 không tồn tại." }],
    ["12/01", { kind: "problem", message: DATE_FORMAT_PROBLEM }],
    ["01-12-2024", { kind: "problem", message: DATE_FORMAT_PROBLEM }],
  ])("%j reads as %j", (text, entry) => {
    expect(readDateEntry(text)).toEqual(entry);
  });

  it.each([
    ["1", "", "1"],
    ["12", "1", "12/"],
    ["12/0", "12/", "12/0"],
    ["12/01", "12/0", "12/01/"],
    ["12/01/2024", "12/01/202", "12/01/2024"],
    ["12012024", "", "12/01/2024"],
    ["12/", "12/0", "12/"],
    ["12/01/20245", "12/01/2024", "12/01/2024"],
    ["ab12", "", "12/"],
    ["12//", "12/", "12/"],
    ["2024-01-12", "", "2024-01-12"],
  ])("typing %j after %j shows %j", (typed, previous, shown) => {
    expect(maskDateEntry(typed, previous)).toBe(shown);
  });
});
