import { describe, expect, it } from "vitest";
import { parsePoints, pointsForInput } from "@/domain/score-entry/parse-points";

describe("points as people type them", () => {
  it.each([
    ["8,5", 850],
    ["8.5", 850],
    ["0,25", 25],
    ["10", 1000],
    [" 8 , 5 ", 850],
    ["1.50", 150],
    ["", null],
  ])("reads %j as %j centipoints", (text, centipoints) => {
    expect(parsePoints(text)).toEqual({ ok: true, centipoints });
  });

  it.each([
    ["-1", "Điểm không được âm (điểm trừ nhập số dương)."],
    ["7,555", "Điểm chỉ lấy tối đa 2 chữ số thập phân."],
    [
      "1.000",
      "Không rõ “1.000” là số hàng nghìn hay số thập phân: nhập điểm với dấu phẩy thập phân, ví dụ 1 hoặc 8,5.",
    ],
    [
      "12.500",
      "Không rõ “12.500” là số hàng nghìn hay số thập phân: nhập điểm với dấu phẩy thập phân, ví dụ 1 hoặc 8,5.",
    ],
    ["1,000", "Điểm chỉ lấy tối đa 2 chữ số thập phân."],
    ["tám", "Điểm phải là một số, ví dụ 8,5."],
    ["5,", "Điểm phải là một số, ví dụ 8,5."],
  ])("refuses %j with a message in Vietnamese", (text, error) => {
    expect(parsePoints(text)).toEqual({ ok: false, error });
  });

  it.each([
    [850, "8,5"],
    [25, "0,25"],
    [1000, "10"],
    [null, ""],
  ])("writes %j centipoints back for editing as %j", (centipoints, text) => {
    expect(pointsForInput(centipoints)).toBe(text);
  });
});
