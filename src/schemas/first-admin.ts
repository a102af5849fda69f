import { z } from "zod";
import { guessablePasswordProblem } from "@/domain/accounts/guessable-password";
import { requiredText } from "./text";

export const createFirstAdminSchema = z
  .object({
    setupToken: z
      .string({ error: "Vui lòng nhập mã thiết lập." })
      .trim()
      .min(1, { error: "Vui lòng nhập mã thiết lập." })
      .max(200, { error: "Mã thiết lập không đúng." }),
    provinceName: requiredText("tên tỉnh, thành phố", 100),
    provinceCode: requiredText("mã tỉnh", 10).pipe(
      z.string().regex(/^[A-Za-z0-9]+$/, { error: "Mã tỉnh chỉ gồm chữ cái không dấu và chữ số." }),
    ),
    displayName: requiredText("họ và tên", 100),
    username: requiredText("tên đăng nhập", 100).pipe(
      z.string().regex(/^[\p{L}\p{N}._-]+$/u, { error: "Tên đăng nhập chỉ gồm chữ, số và các dấu . _ -" }),
    ),
    password: z
      .string({ error: "Vui lòng nhập mật khẩu." })
      .min(10, { error: "Mật khẩu cần ít nhất 10 ký tự." })
      .max(200, { error: "Mật khẩu quá dài (tối đa 200 ký tự)." }),
    passwordConfirm: z.string({ error: "Vui lòng nhập lại mật khẩu." }),
  })
  .superRefine((input, context) => {
    // One message at a time: the length rule speaks first.
    if (input.password.length < 10 || input.password.length > 200) return;
    const problem = guessablePasswordProblem(input.password, input.username);
    if (problem) context.addIssue({ code: "custom", message: problem, path: ["password"] });
  })
  .refine((input) => input.password === input.passwordConfirm, {
    error: "Hai lần nhập mật khẩu không khớp.",
    path: ["passwordConfirm"],
  });

export type CreateFirstAdminInput = z.infer<typeof createFirstAdminSchema>;

/** The sign-in page's query flag after the first admin is created: it then says so. */
export const SETUP_DONE_PARAM = "da-thiet-lap";
