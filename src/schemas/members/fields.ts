import { fromIsoDay, isIsoDay } from "@/domain/calendar";
import { z } from "zod";
import { recordId } from "../record-id";
import { requiredText } from "../text";

export const idField = recordId();

/** The version the form was loaded with; 0 when the row does not exist yet. */
export const versionField = z.coerce
  .number({ error: "Phiên bản không hợp lệ." })
  .int()
  .min(0)
  .max(1_000_000_000);

/** A date as DateField posts it (yyyy-mm-dd) as the UTC midnight a @db.Date column stores. */
export function dateField(label: string) {
  return z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, { error: `Vui lòng nhập ${label}.` })
    .refine(isIsoDay, { error: `${capitalise(label)} không hợp lệ.` })
    .transform(fromIsoDay)
    .refine((date) => date.getUTCFullYear() >= 1990 && date.getUTCFullYear() <= 2100, {
      error: `${capitalise(label)} không hợp lệ.`,
    });
}

/** An optional date: an empty field means none. */
export function optionalDateField(label: string) {
  return z
    .union([z.literal("").transform(() => null), z.null(), dateField(label)])
    .optional()
    .transform((value) => value ?? null);
}

/** An optional text: empty (or only spaces) means none. */
export function optionalText(label: string, max: number) {
  return z
    .union([z.literal("").transform(() => null), z.null(), requiredText(label, max)])
    .optional()
    .transform((value) => value ?? null);
}

/** A checkbox: present ("on") means ticked. */
export const checkboxField = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
  .optional()
  .transform((value) => value === "on" || value === "true" || value === true);

/** A list of row ids from a multi-select or a group of checkboxes. */
export const idListField = z.array(idField).max(200, { error: "Chọn quá nhiều mục." }).default([]);

export function capitalise(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
