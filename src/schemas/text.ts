import { z } from "zod";
import { hasInvisibleFormatting } from "@/domain/text/invisible-characters";

// PostgreSQL text cannot hold NUL, and other control characters are never meant in a form:
// refuse them with a message rather than let the database fail.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * A required text field with Vietnamese messages, trimmed and NFC-normalised. A textarea's line
 * breaks arrive from the browser as CRLF: they are read as one character each, as the user counts.
 */
export function requiredText(label: string, max: number) {
  const capitalised = `${label[0]!.toUpperCase()}${label.slice(1)}`;
  return z
    .string({ error: `Vui lòng nhập ${label}.` })
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .trim()
    .min(1, { error: `Vui lòng nhập ${label}.` })
    .max(max, { error: `${capitalised} quá dài (tối đa ${max} ký tự).` })
    .refine((value) => !CONTROL_CHARACTERS.test(value), { error: `${capitalised} có ký tự không hợp lệ.` })
    .refine((value) => !hasInvisibleFormatting(value), {
      error: `${capitalised} có ký tự ẩn (như ký tự đảo chiều chữ) không được phép. Hãy gõ lại phần vừa dán.`,
    })
    .transform((value) => value.normalize("NFC"));
}
