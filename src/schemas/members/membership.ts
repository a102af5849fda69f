import { z } from "zod";
import { requiredText } from "../text";
import { dateField, idField, optionalDateField, versionField } from "./fields";

export const updateMembershipSchema = z
  .object({
    membershipId: idField,
    version: versionField,
    joinedOn: dateField("ngày tham gia"),
    leftOn: optionalDateField("ngày rời khối"),
  })
  .refine((input) => !input.leftOn || input.leftOn >= input.joinedOn, {
    error: "Ngày rời khối không được trước ngày tham gia.",
    path: ["leftOn"],
  });

export type UpdateMembershipInput = z.infer<typeof updateMembershipSchema>;

/** A new unit of the province: its first name, short name and code. */
export const newUnitFields = {
  name: requiredText("tên đơn vị", 200),
  shortName: requiredText("tên viết tắt", 40),
  code: requiredText("mã đơn vị", 20).pipe(
    z.string().regex(/^[A-Za-z0-9_]+$/, { error: "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và dấu _." }),
  ),
};

export const addMemberSchema = z.discriminatedUnion(
  "mode",
  [
    z.object({
      mode: z.literal("existing"),
      blocYearId: idField,
      joinedOn: dateField("ngày tham gia"),
      unitId: idField,
    }),
    z.object({
      mode: z.literal("new"),
      blocYearId: idField,
      joinedOn: dateField("ngày tham gia"),
      ...newUnitFields,
    }),
  ],
  { error: "Chọn đơn vị có sẵn hoặc đơn vị mới." },
);

export type AddMemberInput = z.infer<typeof addMemberSchema>;
