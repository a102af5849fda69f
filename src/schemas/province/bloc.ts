import { z } from "zod";
import { requiredText } from "../text";
import { dateField, idField, idListField, optionalText, versionField } from "../members/fields";

/** A bloc's short code, as the demo's "KTKT": shown in lists and exports, unique in the province. */
const blocCodeField = requiredText("mã khối", 20).pipe(
  z
    .string()
    .regex(/^[A-Za-z0-9_]+$/, { error: "Mã khối chỉ gồm chữ cái không dấu, chữ số và dấu _." })
    .transform((code) => code.toUpperCase()),
);

export const createBlocSchema = z.object({
  name: requiredText("tên khối", 200),
  code: blocCodeField,
  foundedOn: dateField("ngày thành lập"),
});
export type CreateBlocInput = z.infer<typeof createBlocSchema>;

export const renameBlocSchema = z.object({
  blocId: idField,
  version: versionField,
  name: requiredText("tên khối", 200),
});
export type RenameBlocInput = z.infer<typeof renameBlocSchema>;

export const archiveBlocSchema = z.object({
  blocId: idField,
  version: versionField,
  archivedOn: dateField("ngày lưu trữ"),
});
export type ArchiveBlocInput = z.infer<typeof archiveBlocSchema>;

const optionalId = z
  .union([z.literal("").transform(() => null), idField])
  .optional()
  .transform((value) => value ?? null);

const HEAD_REQUIRED = "Vui lòng chọn Trưởng khối.";

/**
 * A bloc's first year: its members (agencies active on 1 January), the head and deputies, and
 * where its score table comes from — the standard 100-point template, a copy of another bloc-year's
 * table in force (with its rules), or none yet (built on the year's "Bảng điểm" tab).
 */
export const createFirstYearSchema = z
  .object({
    blocId: idField,
    year: z.coerce
      .number({ error: "Vui lòng nhập năm." })
      .int({ error: "Năm không hợp lệ." })
      .min(2000, { error: "Năm không hợp lệ." })
      .max(2100, { error: "Năm không hợp lệ." }),
    memberUnitIds: idListField.refine((ids) => ids.length >= 2, {
      error: "Một khối thi đua cần ít nhất 2 đơn vị thành viên.",
    }),
    headUnitId: z.string({ error: HEAD_REQUIRED }).min(1, { error: HEAD_REQUIRED }).pipe(idField),
    standingDeputyUnitId: optionalId,
    deputyUnitIds: idListField,
    electedOn: dateField("ngày bầu"),
    decisionRef: optionalText("số biên bản, quyết định", 300),
    scoreTableSource: z.enum(["template", "copy", "empty"], { error: "Chọn nguồn bảng điểm." }),
    copyFromBlocYearId: optionalId,
  })
  .superRefine((input, context) => {
    const roles = [input.headUnitId, input.standingDeputyUnitId, ...input.deputyUnitIds].filter(Boolean);
    if (new Set(roles).size !== roles.length)
      context.addIssue({
        code: "custom",
        path: ["deputyUnitIds"],
        message: "Mỗi đơn vị chỉ giữ một vai trò.",
      });
    if (roles.some((unitId) => !input.memberUnitIds.includes(unitId!)))
      context.addIssue({
        code: "custom",
        path: ["headUnitId"],
        message: "Trưởng khối và các phó trưởng khối phải là đơn vị thành viên của năm.",
      });
    if (new Set(input.memberUnitIds).size !== input.memberUnitIds.length)
      context.addIssue({ code: "custom", path: ["memberUnitIds"], message: "Mỗi đơn vị chỉ chọn một lần." });
    if (input.scoreTableSource === "copy" && !input.copyFromBlocYearId)
      context.addIssue({
        code: "custom",
        path: ["copyFromBlocYearId"],
        message: "Chọn năm thi đua có bảng điểm cần sao chép.",
      });
  });
export type CreateFirstYearInput = z.infer<typeof createFirstYearSchema>;
