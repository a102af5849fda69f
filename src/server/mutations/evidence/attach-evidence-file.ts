import "server-only";
import type {
  AttachObjectionFileInput,
  AttachScoreLineFileInput,
  AttachTaskFileInput,
  RemoveEvidenceFileInput,
} from "@/schemas/attachments/evidence-file";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { claimedKind, detectFileType, nameForContent } from "@/server/attachments/detect-file-type";
import { ForbiddenError, UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import {
  authorizeObjectionEvidence,
  authorizeScoreLineEvidence,
  authorizeTaskEvidence,
  type EvidenceTarget,
} from "./evidence-targets";

export const EVIDENCE_TYPES_TEXT = "PDF, ảnh JPEG/PNG, Word (.doc, .docx) hoặc Excel (.xls, .xlsx)";
// Enough for a year's proof of one task or line; a bound so one target cannot fill the database.
export const MAX_EVIDENCE_FILES = 20;

type Uploaded = Pick<AttachTaskFileInput, "fileName" | "bytes">;
export type AttachedEvidence = { id: string; fileName: string; size: number };

/** Evidence of a task's progress, beside its note and link. */
export async function attachTaskFile(prisma: AppPrismaClient, user: SessionUser, input: AttachTaskFileInput) {
  return attachEvidence(
    prisma,
    input,
    (tx) => authorizeTaskEvidence(tx, { user, taskId: input.taskId }),
    user,
  );
}

/** Evidence of one score line (a unit's points on one criterion at one stage), beside its link. */
export async function attachScoreLineFile(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: AttachScoreLineFileInput,
) {
  return attachEvidence(
    prisma,
    input,
    (tx) => authorizeScoreLineEvidence(tx, { user, lineId: input.lineId }),
    user,
  );
}

/** A paper backing an objection, attached by its unit's leader while it waits for an answer. */
export async function attachObjectionFile(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: AttachObjectionFileInput,
) {
  return attachEvidence(
    prisma,
    input,
    (tx) => authorizeObjectionEvidence(tx, { user, objectionId: input.objectionId }),
    user,
  );
}

export async function removeObjectionFile(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: RemoveEvidenceFileInput,
) {
  return removeEvidenceFile(prisma, user, input, (tx, file) => {
    if (!file.objectionId) throw new ForbiddenError();
    return authorizeObjectionEvidence(tx, { user, objectionId: file.objectionId });
  });
}

export async function removeTaskFile(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: RemoveEvidenceFileInput,
) {
  return removeEvidenceFile(prisma, user, input, (tx, file) => {
    if (!file.taskId) throw new ForbiddenError();
    return authorizeTaskEvidence(tx, { user, taskId: file.taskId });
  });
}

export async function removeScoreLineFile(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: RemoveEvidenceFileInput,
) {
  return removeEvidenceFile(prisma, user, input, (tx, file) => {
    if (!file.scoreLineId) throw new ForbiddenError();
    return authorizeScoreLineEvidence(tx, { user, lineId: file.scoreLineId });
  });
}

type StoredEvidence = {
  id: string;
  fileName: string;
  taskId: string | null;
  scoreLineId: string | null;
  objectionId: string | null;
};

/** Removes a file once `authorize` accepts the user for what the file is attached to (from the row). */
async function removeEvidenceFile(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: RemoveEvidenceFileInput,
  authorize: (tx: AppTransaction, file: StoredEvidence) => Promise<EvidenceTarget>,
) {
  return prisma.$transaction(async (tx) => {
    const file = await tx.attachment.findUnique({
      where: { id: input.attachmentId },
      select: { id: true, fileName: true, taskId: true, scoreLineId: true, objectionId: true },
    });
    if (!file) throw new ForbiddenError();
    const target = await authorize(tx, file);
    await tx.attachment.delete({ where: { id: file.id } });
    await auditEvidence(tx, { user, target, entityId: file.id, change: { oldValue: file.fileName } });
    return { id: file.id };
  });
}

async function attachEvidence(
  prisma: AppPrismaClient,
  input: Uploaded,
  authorize: (tx: AppTransaction) => Promise<EvidenceTarget>,
  user: SessionUser,
): Promise<AttachedEvidence> {
  return prisma.$transaction(async (tx) => {
    const target = await authorize(tx);
    const type = detectFileType(input.bytes, input.fileName);
    if (!type) throw new UserFacingError(wrongTypeMessage(input.fileName));
    // Two uploads at once must not both find room under the cap: the first holds its target's row.
    await lockEvidenceTarget(tx, target.owner);
    const count = await tx.attachment.count({ where: target.owner });
    if (count >= MAX_EVIDENCE_FILES)
      throw new UserFacingError(`Mỗi mục có tối đa ${MAX_EVIDENCE_FILES} tệp minh chứng: hãy gỡ bớt tệp cũ.`);
    const file = await tx.attachment.create({
      data: {
        blocYearId: target.blocYearId,
        ...target.owner,
        fileName: nameForContent(input.fileName, type),
        mimeType: type.mimeType,
        size: input.bytes.byteLength,
        content: input.bytes,
        uploadedById: user.id,
      },
      select: { id: true, fileName: true, size: true },
    });
    await auditEvidence(tx, { user, target, entityId: file.id, change: { newValue: file.fileName } });
    return file;
  });
}

function auditEvidence(
  tx: AppTransaction,
  options: {
    user: SessionUser;
    target: EvidenceTarget;
    entityId: string;
    change: { oldValue: string } | { newValue: string };
  },
) {
  const { user, target, change } = options;
  const common = {
    actorId: user.id,
    blocYearId: target.blocYearId,
    subject: target.subject,
    action: "oldValue" in change ? ("remove-evidence" as const) : ("attach-evidence" as const),
    field: "evidenceFile" as const,
    ...change,
  };
  if ("taskId" in target.owner)
    return recordAudit(tx, { ...common, entity: "Task", entityId: target.owner.taskId });
  if ("objectionId" in target.owner)
    return recordAudit(tx, { ...common, entity: "Objection", entityId: target.owner.objectionId });
  return recordAudit(tx, { ...common, entity: "ScoreLine", entityId: target.owner.scoreLineId });
}

/** A name that claims an accepted kind its bytes are not (a renamed .txt, a broken PDF) is told so. */
function wrongTypeMessage(fileName: string): string {
  const claimed = claimedKind(fileName);
  const mismatch = claimed
    ? `Nội dung tệp không phải ${claimed.words} như đuôi .${claimed.extension} của tên tệp (tệp bị đổi tên hoặc bị hỏng). `
    : "";
  return `${mismatch}Chỉ nhận tệp ${EVIDENCE_TYPES_TEXT}.`;
}

function lockEvidenceTarget(tx: AppTransaction, owner: EvidenceTarget["owner"]) {
  if ("taskId" in owner) return tx.$queryRaw`SELECT 1 FROM "Task" WHERE id = ${owner.taskId} FOR UPDATE`;
  if ("objectionId" in owner)
    return tx.$queryRaw`SELECT 1 FROM "Objection" WHERE id = ${owner.objectionId} FOR UPDATE`;
  return tx.$queryRaw`SELECT 1 FROM "ScoreLine" WHERE id = ${owner.scoreLineId} FOR UPDATE`;
}
