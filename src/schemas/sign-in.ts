import { z } from "zod";

export const signInSchema = z.object({
  username: z
    .string({ error: "Vui lòng nhập tên đăng nhập." })
    .trim()
    .min(1, { error: "Vui lòng nhập tên đăng nhập." })
    .max(100, { error: "Tên đăng nhập quá dài (tối đa 100 ký tự)." }),
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
