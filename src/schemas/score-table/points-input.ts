import { z } from "zod";
import { recordId } from "@/schemas/record-id";
import { parseHundredths } from "@/domain/score-table/decimal-input";
import { blankOr } from "@/schemas/blank-or";

/** The most points one node or scale may hold: 100.000 điểm, far above any real table. */
export const MAX_CENTIPOINTS = 10_000_000;

/** Points typed as text ("12,5") → centipoints (1250), with Vietnamese messages. */
export function pointsInput(label: string) {
  return z
    .string({ error: `Vui lòng nhập ${label.toLowerCase()}.` })
    .trim()
    .min(1, { error: `Vui lòng nhập ${label.toLowerCase()}.` })
    .max(20, { error: `${label} không hợp lệ.` })
    .transform((text, context) => {
      const value = parseHundredths(text);
      if (value === null) {
        context.addIssue({
          code: "custom",
          message: `${label} phải là số không âm, tối đa 2 chữ số thập phân (ví dụ 12,5).`,
        });
        return z.NEVER;
      }
      return value;
    })
    .pipe(z.number().max(MAX_CENTIPOINTS, { error: `${label} quá lớn.` }));
}

/** An optional points field: empty means "not set". */
export function optionalPointsInput(label: string) {
  return blankOr(pointsInput(label));
}

export const idInput = recordId({
  missing: "Thiếu mã định danh.",
  invalid: "Mã định danh không hợp lệ. Vui lòng tải lại trang.",
});
