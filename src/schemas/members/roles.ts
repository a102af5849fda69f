import { z } from "zod";
import { dateField, idField, idListField, optionalText } from "./fields";

/** The roles the form was loaded with ("id:version" list): the election replaces them only if unchanged. */
const rolesStamp = z.string().max(5000).default("");

const HEAD_REQUIRED = "Vui lòng chọn Trưởng khối.";

export const recordElectionSchema = z
  .object({
    blocYearId: idField,
    rolesStamp,
    headUnitId: z.string({ error: HEAD_REQUIRED }).min(1, { error: HEAD_REQUIRED }).pipe(idField),
    standingDeputyUnitId: z
      .union([z.literal("").transform(() => null), idField])
      .optional()
      .transform((value) => value ?? null),
    deputyUnitIds: idListField,
    electedOn: dateField("ngày bầu"),
    decisionRef: optionalText("số biên bản, quyết định", 300),
  })
  .superRefine((input, context) => {
    const units = [input.headUnitId, input.standingDeputyUnitId, ...input.deputyUnitIds].filter(Boolean);
    if (new Set(units).size !== units.length) {
      context.addIssue({
        code: "custom",
        path: ["deputyUnitIds"],
        message: "Mỗi đơn vị chỉ giữ một vai trò.",
      });
    }
  });

export type RecordElectionInput = z.infer<typeof recordElectionSchema>;

export const applyRotationSchema = z.object({
  fromBlocYearId: idField,
  rolesStamp,
  electedOn: dateField("ngày bầu"),
  decisionRef: optionalText("số biên bản, quyết định", 300),
});

export type ApplyRotationInput = z.infer<typeof applyRotationSchema>;
