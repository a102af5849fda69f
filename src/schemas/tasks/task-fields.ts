import { z } from "zod";
import { recordId } from "@/schemas/record-id";
import { blankOr } from "@/schemas/blank-or";
import { readDate } from "@/domain/calendar";
import { MAX_TITLE_LENGTH, MAX_WEIGHT } from "@/domain/tasks";
import { requiredText } from "@/schemas/text";

export const rowId = (label: string) => recordId({ missing: `Vui lòng chọn ${label}.` });

export const rowVersion = z.coerce
  .number({ error: "Phiên bản dữ liệu không hợp lệ." })
  .int()
  .positive()
  .max(2_147_483_647);

/** An optional text field: blank becomes null, anything else follows requiredText's rules. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : value))
    .pipe(requiredText(label, max).nullable());
}

const lowerFirst = (text: string) => `${text[0]!.toLowerCase()}${text.slice(1)}`;

/** A date typed dd/mm/yyyy or picked (yyyy-mm-dd), as ISO. */
export function formDate(label: string) {
  return z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, { error: `Vui lòng nhập ${label}.` })
    .transform((value, context) => {
      const reading = readDate(value, { pickerForm: true });
      if ("day" in reading) return reading.day;
      const capitalised = `${label[0]!.toUpperCase()}${label.slice(1)}`;
      context.addIssue({ code: "custom", message: `${capitalised}: ${lowerFirst(reading.message)}` });
      return z.NEVER;
    });
}

export const taskWeight = z.coerce
  .number({ error: "Trọng số phải là số nguyên dương." })
  .int({ error: "Trọng số phải là số nguyên dương." })
  .min(1, { error: "Trọng số phải là số nguyên dương." })
  .max(MAX_WEIGHT, { error: `Trọng số tối đa là ${MAX_WEIGHT}.` });

/** Where a task comes from: a document already recorded, a new one entered here, or none. */
const sourceDocument = z.discriminatedUnion(
  "sourceMode",
  [
    z.object({ sourceMode: z.literal("existing"), sourceDocumentId: rowId("văn bản giao") }),
    z.object({
      sourceMode: z.literal("new"),
      newSourceCode: requiredText("số hiệu văn bản", 100),
      newSourceTitle: requiredText("trích yếu văn bản", 500),
      newSourceIssuedOn: formDate("ngày ban hành"),
    }),
    z.object({ sourceMode: z.literal("none") }),
  ],
  { error: "Vui lòng chọn nguồn văn bản giao." },
);

export const taskFields = z.object({
  title: requiredText("nội dung nhiệm vụ", MAX_TITLE_LENGTH),
  ownerUnitId: rowId("đơn vị chủ trì"),
  weight: taskWeight,
  // A checkbox: sent as "on" when ticked, absent otherwise.
  isKey: z
    .literal("on", { error: "Ô “Nhiệm vụ trọng tâm” không hợp lệ." })
    .optional()
    .transform((value) => value === "on"),
  deadline: formDate("hạn hoàn thành"),
  criterionId: blankOr(recordId()),
});

export const taskDefinition = z.intersection(taskFields, sourceDocument);
export type TaskDefinition = z.output<typeof taskDefinition>;
export type SourceChoice = z.output<typeof sourceDocument>;
