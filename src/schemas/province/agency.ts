import { z } from "zod";
import { requiredText } from "../text";
import { dateField, idField, idListField, optionalText } from "../members/fields";

/**
 * A unit code: letters without diacritics, digits and "_". Optional on the forms: left empty,
 * the server derives one from the short name (agencyCodeFrom).
 */
export const agencyCodeField = z
  .union([
    z.literal("").transform(() => null),
    z.null(),
    requiredText("mã đơn vị", 20).pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_]+$/, { error: "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và dấu _." })
        .transform((code) => code.toUpperCase()),
    ),
  ])
  .optional()
  .transform((value) => value ?? null);

/** A new agency of the province: its first name, short name and the day that name starts. */
export const agencyFields = {
  name: requiredText("tên đầy đủ", 200),
  shortName: requiredText("tên viết tắt", 40),
  code: agencyCodeField,
  validFrom: dateField("ngày bắt đầu"),
};

export const createAgencySchema = z.object(agencyFields);
export type CreateAgencyInput = z.infer<typeof createAgencySchema>;

/** A new name from a date; `currentNameId` is the name the form showed (optimistic concurrency). */
export const renameAgencySchema = z.object({
  unitId: idField,
  currentNameId: idField,
  name: requiredText("tên mới", 200),
  shortName: requiredText("tên viết tắt mới", 40),
  validFrom: dateField("ngày áp dụng tên mới"),
});
export type RenameAgencyInput = z.infer<typeof renameAgencySchema>;

const mergeCommon = {
  predecessorIds: idListField.refine((ids) => ids.length > 0, {
    error: "Chọn ít nhất một đơn vị được hợp nhất.",
  }),
  effectiveOn: dateField("ngày hợp nhất"),
  decisionRef: optionalText("số quyết định", 300),
};

/** Agencies merged into a successor, existing or new (a new one is named from the merger's date). */
export const mergeAgenciesSchema = z
  .discriminatedUnion(
    "successorMode",
    [
      z.object({ successorMode: z.literal("existing"), successorUnitId: idField, ...mergeCommon }),
      z.object({
        successorMode: z.literal("new"),
        name: agencyFields.name,
        shortName: agencyFields.shortName,
        code: agencyCodeField,
        ...mergeCommon,
      }),
    ],
    { error: "Chọn đơn vị kế thừa có sẵn hoặc đơn vị mới." },
  )
  .refine(
    (input) => input.successorMode !== "existing" || !input.predecessorIds.includes(input.successorUnitId),
    { error: "Đơn vị kế thừa không thể đồng thời là đơn vị được hợp nhất.", path: ["successorUnitId"] },
  )
  .refine((input) => new Set(input.predecessorIds).size === input.predecessorIds.length, {
    error: "Mỗi đơn vị chỉ chọn một lần.",
    path: ["predecessorIds"],
  });
export type MergeAgenciesInput = z.infer<typeof mergeAgenciesSchema>;

/** An agency that stops taking part from a day (dissolved, not merged); `reactivate` undoes it. */
export const deactivateAgencySchema = z.object({
  unitId: idField,
  deactivatedOn: dateField("ngày ngừng hoạt động"),
});
export type DeactivateAgencyInput = z.infer<typeof deactivateAgencySchema>;

export const reactivateAgencySchema = z.object({ unitId: idField });
export type ReactivateAgencyInput = z.infer<typeof reactivateAgencySchema>;

/** A correction of the day the agency's first name applies from (`firstNameId`: the name shown). */
export const correctAgencyStartSchema = z.object({
  unitId: idField,
  firstNameId: idField,
  validFrom: dateField("ngày áp dụng tên đầu tiên"),
});
export type CorrectAgencyStartInput = z.infer<typeof correctAgencyStartSchema>;
