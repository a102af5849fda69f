import { fromIsoDay, isIsoDay } from "@/domain/calendar";
import { z } from "zod";
import { recordId } from "@/schemas/record-id";
import { requiredText } from "@/schemas/text";

export const rowId = recordId();

/** An award code of the rules' catalogue (scoringRulesSchema's pattern). */
export const awardCodeField = z
  .string({ error: "Thiếu hình thức khen thưởng." })
  .regex(/^[A-Z0-9_]{1,40}$/, { error: "Hình thức khen thưởng không hợp lệ." });

export const versionField = z.coerce
  .number({ error: "Phiên bản không hợp lệ." })
  .int({ error: "Phiên bản không hợp lệ." })
  .min(1, { error: "Phiên bản không hợp lệ." })
  .max(2_000_000_000);

/** A calendar date as DateField posts it (yyyy-mm-dd), as the UTC midnight Prisma stores for @db.Date. */
export function dateField(label: string) {
  return z
    .string({ error: `Vui lòng chọn ${label}.` })
    .min(1, { error: `Vui lòng chọn ${label}.` })
    .refine((value) => isIsoDay(value) && inRange(value), {
      error: `${capitalise(label)} không hợp lệ.`,
    })
    .transform(fromIsoDay);
}

/** Optional text: an empty field means "none". */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    requiredText(label, max).optional(),
  );
}

/** Optional date: an empty field means "none". */
export function optionalDate(label: string) {
  return z.preprocess((value) => (value === "" ? undefined : value), dateField(label).optional());
}

function inRange(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= 1900 && year <= 2200;
}

const capitalise = (label: string) => `${label[0]!.toUpperCase()}${label.slice(1)}`;
