import { describe, expect, it } from "vitest";
import { readAutoAdvanceSeconds } from "@/domain/conference/auto-advance-seconds";

describe("the conference screen's auto-advance interval", () => {
  it.each([
    ["10", 10, null],
    ["1", 1, null],
    ["600", 600, null],
    ["0", 1, "Số giây từ 1 đến 600; đang dùng 1 giây."],
    ["-5", 1, "Số giây từ 1 đến 600; đang dùng 1 giây."],
    ["2,5", 3, "Số giây từ 1 đến 600; đang dùng 3 giây."],
    ["9999", 600, "Số giây từ 1 đến 600; đang dùng 600 giây."],
    ["", 10, "Nhập số giây từ 1 đến 600; đang dùng 10 giây."],
    ["abc", 10, "Nhập số giây từ 1 đến 600; đang dùng 10 giây."],
  ])("reads %j as %i seconds, saying so when it is not what was typed", (text, seconds, problem) => {
    expect(readAutoAdvanceSeconds(text)).toEqual({ seconds, problem });
  });
});
