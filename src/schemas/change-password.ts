import { z } from "zod";
import { guessablePasswordProblem } from "@/domain/accounts/guessable-password";

export const NEW_PASSWORD_MIN_LENGTH = 10;

/** The own-password form; the new password is checked against the signed-in user's username. */
export function changePasswordSchema(username: string) {
  return z
    .object({
      // Passwords are taken as typed (no trim), like sign-in.
      currentPassword: z
        .string({ error: "Vui lòng nhập mật khẩu hiện tại." })
        .min(1, { error: "Vui lòng nhập mật khẩu hiện tại." })
        .max(200, { error: "Mật khẩu quá dài (tối đa 200 ký tự)." }),
      newPassword: z
        .string({ error: "Vui lòng nhập mật khẩu mới." })
        .min(NEW_PASSWORD_MIN_LENGTH, { error: `Mật khẩu mới cần ít nhất ${NEW_PASSWORD_MIN_LENGTH} ký tự.` })
        .max(200, { error: "Mật khẩu mới quá dài (tối đa 200 ký tự)." }),
      newPasswordConfirm: z.string({ error: "Vui lòng nhập lại mật khẩu mới." }),
    })
    .superRefine((input, context) => {
      // One message at a time: the length rule speaks first.
      const { length } = input.newPassword;
      if (length < NEW_PASSWORD_MIN_LENGTH || length > 200) return;
      const problem = guessablePasswordProblem(input.newPassword, username);
      if (problem) context.addIssue({ code: "custom", message: problem, path: ["newPassword"] });
    })
    .refine((input) => input.newPassword !== input.currentPassword, {
      error: "Mật khẩu mới phải khác mật khẩu hiện tại.",
      path: ["newPassword"],
    })
    .refine((input) => input.newPassword === input.newPasswordConfirm, {
      error: "Hai lần nhập mật khẩu mới không khớp.",
      path: ["newPasswordConfirm"],
    });
}

export type ChangePasswordInput = z.infer<ReturnType<typeof changePasswordSchema>>;
