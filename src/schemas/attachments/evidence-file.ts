import { z } from "zod";
import { recordId } from "../record-id";
import { uploadedFileFields } from "./uploaded-file";

/** An evidence file for a task's progress; the task comes from the address, checked again in the write. */
export const attachTaskFileSchema = z.object({ taskId: recordId(), ...uploadedFileFields });

export type AttachTaskFileInput = z.infer<typeof attachTaskFileSchema>;

/** An evidence file for one score line (a unit's points on one criterion at one stage). */
export const attachScoreLineFileSchema = z.object({ lineId: recordId(), ...uploadedFileFields });

export type AttachScoreLineFileInput = z.infer<typeof attachScoreLineFileSchema>;

/** A paper backing an objection to a score (issue 14). */
export const attachObjectionFileSchema = z.object({ objectionId: recordId(), ...uploadedFileFields });

export type AttachObjectionFileInput = z.infer<typeof attachObjectionFileSchema>;

export const removeEvidenceFileSchema = z.object({ attachmentId: recordId() });

export type RemoveEvidenceFileInput = z.infer<typeof removeEvidenceFileSchema>;
