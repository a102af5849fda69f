import { z } from "zod";

// Row ids are cuids: letters, digits, '-' and '_'. Anything else (NUL above all, which
// PostgreSQL refuses even to compare) is not an id and is turned away before any query runs.
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A row id sent back by a page. It only says which row the user means: the mutation still
 * checks that the row belongs to what the user may change.
 */
export function recordId(messages: { missing?: string; invalid?: string } = {}) {
  const missing = messages.missing ?? "Thiếu mã bản ghi.";
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .regex(RECORD_ID_PATTERN, {
      error: messages.invalid ?? "Mã bản ghi không hợp lệ. Vui lòng tải lại trang.",
    });
}
