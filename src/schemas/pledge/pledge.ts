import { z } from "zod";
import { dateField, idField, optionalDateField, versionField } from "../members/fields";
import { uploadedFileFields } from "../attachments/uploaded-file";
import { requiredText } from "../text";

export const savePledgeSchema = z.object({
  blocYearId: idField,
  version: versionField,
  title: requiredText("tiêu đề giao ước", 300),
  body: requiredText("nội dung giao ước", 50_000),
  signedOn: optionalDateField("ngày ký"),
});

export type SavePledgeInput = z.infer<typeof savePledgeSchema>;

export const saveSignatureSchema = z.object({
  blocYearId: idField,
  unitId: idField,
  version: versionField,
  signerName: requiredText("họ tên người ký", 120),
  signerTitle: requiredText("chức vụ", 120),
  signedOn: dateField("ngày ký"),
});

export type SaveSignatureInput = z.infer<typeof saveSignatureSchema>;

/** The upload route's fields; the bytes are checked by their magic numbers in the mutation. */
export const attachPledgeFileSchema = z.object({
  blocYearId: idField,
  version: versionField,
  ...uploadedFileFields,
});

export type AttachPledgeFileInput = z.infer<typeof attachPledgeFileSchema>;

export const removePledgeFileSchema = z.object({ blocYearId: idField, version: versionField });

export type RemovePledgeFileInput = z.infer<typeof removePledgeFileSchema>;
