import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changePasswordSchema } from "@/schemas/change-password";

const schema = changePasswordSchema("thuky.ktkt");
const form = (
  fields: Partial<Record<"currentPassword" | "newPassword" | "newPasswordConfirm", unknown>>,
) => ({
  currentPassword: "mat-khau-cu-2024",
  newPassword: "mat-khau-moi-2025",
  newPasswordConfirm: "mat-khau-moi-2025",
  ...fields,
});
const fieldErrors = (input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("the own-password form", () => {
  it("accepts a new password of 10 characters or more, typed twice alike", () => {
    expect(schema.safeParse(form({})).success).toBe(true);
    expect(
      schema.safeParse(form({ newPassword: "đúng10kýtự", newPasswordConfirm: "đúng10kýtự" })).success,
    ).toBe(true);
  });

  it.each([
    ["no current password", { currentPassword: "" }, "currentPassword", "Vui lòng nhập mật khẩu hiện tại."],
    [
      "a missing field",
      { currentPassword: undefined },
      "currentPassword",
      "Vui lòng nhập mật khẩu hiện tại.",
    ],
    [
      "a new password of 9 characters",
      { newPassword: "123456789", newPasswordConfirm: "123456789" },
      "newPassword",
      "Mật khẩu mới cần ít nhất 10 ký tự.",
    ],
    [
      "a new password over 200 characters",
      { newPassword: "x".repeat(201), newPasswordConfirm: "x".repeat(201) },
      "newPassword",
      "Mật khẩu mới quá dài (tối đa 200 ký tự).",
    ],
    [
      "the username as the new password, whatever its case",
      { newPassword: " ThuKy.KTKT ", newPasswordConfirm: " ThuKy.KTKT " },
      "newPassword",
      "Mật khẩu không được chứa tên đăng nhập.",
    ],
    [
      "the current password again",
      { newPassword: "mat-khau-cu-2024", newPasswordConfirm: "mat-khau-cu-2024" },
      "newPassword",
      "Mật khẩu mới phải khác mật khẩu hiện tại.",
    ],
    [
      "a confirmation that differs",
      { newPasswordConfirm: "mat-khau-moi-2026" },
      "newPasswordConfirm",
      "Hai lần nhập mật khẩu mới không khớp.",
    ],
  ] as const)("refuses %s with a Vietnamese message on its field", (_case, fields, field, message) => {
    expect(fieldErrors(form(fields))[field]).toEqual([message]);
  });
});
