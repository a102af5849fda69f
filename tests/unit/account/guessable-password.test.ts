import { describe, expect, it } from "vitest";
import { z } from "zod";
import { guessablePasswordProblem } from "@/domain/accounts/guessable-password";
import { changePasswordSchema } from "@/schemas/change-password";
import { createFirstAdminSchema } from "@/schemas/first-admin";

const REPEATED = "Mật khẩu không được chỉ là một ký tự lặp lại (như aaaaaaaaaa).";
const SEQUENCE =
  "Mật khẩu không được là một dãy ký tự liền nhau dễ đoán (như 1234567890, abcdefghij, qwertyuiop).";
const USERNAME = "Mật khẩu không được chứa tên đăng nhập.";

describe("a password too easy to guess", () => {
  it.each([
    ["aaaaaaaaaa", REPEATED],
    ["ĐĐĐĐĐĐĐĐĐĐ", REPEATED],
    ["1111111111", REPEATED],
    ["1234567890", SEQUENCE],
    ["0987654321", SEQUENCE],
    ["7890123456", SEQUENCE],
    ["ABCDEFGHIJKL", SEQUENCE],
    ["zyxwvutsrqpo", SEQUENCE],
    ["qwertyuiop", SEQUENCE],
    ["thuky.ktkt2025", USERNAME],
    ["2025-ThuKy.KTKT", USERNAME],
  ])("refuses %s", (password, problem) => {
    expect(guessablePasswordProblem(password, "thuky.ktkt")).toBe(problem);
  });

  it.each(["mat-khau-moi-2025", "ThiDua@2024", "đúng10kýtự", "aaaaaaaaab", "1234567899"])(
    "accepts %s",
    (password) => {
      expect(guessablePasswordProblem(password, "thuky.ktkt")).toBeNull();
    },
  );

  it("does not look for a username shorter than 3 characters", () => {
    expect(guessablePasswordProblem("ab-mat-khau-2025", "ab")).toBeNull();
  });

  it("is refused by the own-password form and by the first admin's setup form", () => {
    const own = changePasswordSchema("thuky.ktkt").safeParse({
      currentPassword: "mat-khau-cu-2024",
      newPassword: "aaaaaaaaaa",
      newPasswordConfirm: "aaaaaaaaaa",
    });
    expect(own.success || z.flattenError(own.error).fieldErrors.newPassword).toEqual([REPEATED]);
    const setup = createFirstAdminSchema.safeParse({
      setupToken: "ma-thiet-lap",
      provinceName: "Lào Cai",
      provinceCode: "LCI",
      displayName: "Quản trị",
      username: "quantri.laocai",
      password: "QuanTri.LaoCai-2025",
      passwordConfirm: "QuanTri.LaoCai-2025",
    });
    expect(setup.success || z.flattenError(setup.error).fieldErrors.password).toEqual([USERNAME]);
  });
});
