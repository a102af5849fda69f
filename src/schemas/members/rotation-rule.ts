import { z } from "zod";
import { RotationRule } from "@/generated/prisma/enums";
import { recordId } from "../record-id";
import { checkboxField, versionField } from "./fields";

/**
 * The bloc's rotation rule, chosen on one of its years' members page: `blocYearId` is that page's
 * year (the server finds the bloc from it), `version` the bloc's as the page showed it.
 */
export const setRotationRuleSchema = z.object({
  blocYearId: recordId(),
  version: versionField,
  rotationRule: z.enum(RotationRule, { error: "Vui lòng chọn quy tắc luân phiên." }),
});

export type SetRotationRuleInput = z.infer<typeof setRotationRuleSchema>;

/** Whether the bloc's secretariat follows each year's head unit; chosen like the rotation rule. */
export const setSecretariatFollowsHeadUnitSchema = z.object({
  blocYearId: recordId(),
  version: versionField,
  follows: checkboxField,
});

export type SetSecretariatFollowsHeadUnitInput = z.infer<typeof setSecretariatFollowsHeadUnitSchema>;
