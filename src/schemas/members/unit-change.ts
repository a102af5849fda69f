import { z } from "zod";
import { requiredText } from "../text";
import { checkboxField, dateField, idField, idListField, optionalText } from "./fields";
import { newUnitFields } from "./membership";

/** A new name from a date; `currentNameId` is the name the form showed (optimistic concurrency). */
export const renameUnitSchema = z.object({
  blocYearId: idField,
  unitId: idField,
  currentNameId: idField,
  name: requiredText("tên mới", 200),
  shortName: requiredText("tên viết tắt mới", 40),
  validFrom: dateField("ngày áp dụng tên mới"),
});

export type RenameUnitInput = z.infer<typeof renameUnitSchema>;

const mergeCommon = {
  blocYearId: idField,
  predecessorIds: idListField.refine((ids) => ids.length > 0, {
    error: "Chọn ít nhất một đơn vị được hợp nhất.",
  }),
  effectiveOn: dateField("ngày hợp nhất"),
  decisionRef: optionalText("số quyết định", 300),
  endMemberships: checkboxField,
  addSuccessor: checkboxField,
};

export const mergeUnitsSchema = z
  .discriminatedUnion(
    "successorMode",
    [
      z.object({ successorMode: z.literal("existing"), successorUnitId: idField, ...mergeCommon }),
      z.object({ successorMode: z.literal("new"), ...newUnitFields, ...mergeCommon }),
    ],
    { error: "Chọn đơn vị kế thừa có sẵn hoặc đơn vị mới." },
  )
  .refine(
    (input) => input.successorMode !== "existing" || !input.predecessorIds.includes(input.successorUnitId),
    {
      error: "Đơn vị kế thừa không thể đồng thời là đơn vị được hợp nhất.",
      path: ["successorUnitId"],
    },
  )
  .refine((input) => new Set(input.predecessorIds).size === input.predecessorIds.length, {
    error: "Mỗi đơn vị chỉ chọn một lần.",
    path: ["predecessorIds"],
  });

export type MergeUnitsInput = z.infer<typeof mergeUnitsSchema>;

/** Undoes a merger recorded by mistake, from the members page of one of the bloc's years; the reason is audited. */
export const undoSuccessionSchema = z.object({
  blocYearId: idField,
  successionId: idField,
  reason: requiredText("lý do huỷ", 1000),
});

export type UndoSuccessionInput = z.infer<typeof undoSuccessionSchema>;
