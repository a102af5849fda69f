import { z } from "zod";
import { idField, idListField, optionalText, versionField } from "../members/fields";
import { requiredText } from "../text";

export const REGISTRATION_KINDS = ["TARGET", "TITLE", "MODEL"] as const;

const registrationFields = {
  kind: z.enum(REGISTRATION_KINDS, { error: "Vui lòng chọn loại đăng ký." }),
  content: requiredText("nội dung đăng ký", 2000),
  note: optionalText("ghi chú", 2000),
  outcome: optionalText("kết quả đạt được", 4000),
  taskIds: idListField,
};

// Only a target (chỉ tiêu) is delivered by tasks; titles and models are judged as a whole.
const onlyTargetsLinkTasks = (input: { kind: string; taskIds: string[] }) =>
  input.kind === "TARGET" || input.taskIds.length === 0;
const ONLY_TARGETS = { error: "Chỉ chỉ tiêu mới gắn với nhiệm vụ.", path: ["taskIds"] };

export const createRegistrationSchema = z
  .object({ blocYearId: idField, unitId: idField, ...registrationFields })
  .refine(onlyTargetsLinkTasks, ONLY_TARGETS);

export type CreateRegistrationInput = z.infer<typeof createRegistrationSchema>;

export const updateRegistrationSchema = z
  .object({ registrationId: idField, version: versionField, ...registrationFields })
  .refine(onlyTargetsLinkTasks, ONLY_TARGETS);

export type UpdateRegistrationInput = z.infer<typeof updateRegistrationSchema>;

export const deleteRegistrationSchema = z.object({ registrationId: idField, version: versionField });

export type DeleteRegistrationInput = z.infer<typeof deleteRegistrationSchema>;
