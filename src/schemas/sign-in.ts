import { z } from "zod";
import { requiredText } from "./text";

export const signInSchema = z.object({
  username: requiredText("tên đăng nhập", 100),
  // Passwords are taken as typed (no trim): only presence and length are checked.
  password: z
    .string({ error: "Vui lòng nhập mật khẩu." })
    .min(1, { error: "Vui lòng nhập mật khẩu." })
    .max(200, { error: "Mật khẩu quá dài (tối đa 200 ký tự)." }),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Usernames are compared case-insensitively, in Unicode NFC, as people type them differently. */
export function normalizeUsername(username: string): string {
  return username.trim().normalize("NFC").toLowerCase();
}
