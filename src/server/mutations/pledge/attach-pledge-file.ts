import "server-only";
import type { AttachPledgeFileInput, RemovePledgeFileInput } from "@/schemas/pledge/pledge";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { authorizeMembersWrite, withUniqueConflict } from "../members/write-context";
import { detectFileType, nameForContent, type FileKind } from "@/server/attachments/detect-file-type";

// A signed pledge is a scan: an image or a PDF, not an editable document.
const SCAN_KINDS: ReadonlySet<FileKind> = new Set(["pdf", "jpeg", "png"]);
const CHANGED_MEANWHILE = "Người khác vừa sửa giao ước. Tải lại trang rồi đính kèm lại tệp.";

/**
 * The signed pledge as a scanned file, kept in the database (every app instance serves it).
 * A pledge without text gets one on first upload so the file has a home; a new file replaces the old.
 */
export async function attachPledgeFile(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: AttachPledgeFileInput,
) {
  const type = detectFileType(input.bytes);
  if (!type || !SCAN_KINDS.has(type.kind)) throw new UserFacingError("Chỉ nhận tệp PDF, JPEG hoặc PNG.");
  const fileName = nameForContent(input.fileName, type);
  return withUniqueConflict(
    () =>
      prisma.$transaction(async (tx) => {
        const year = await authorizeMembersWrite(tx, user, {
          blocYearId: input.blocYearId,
          activity: "pledge",
        });
        const attachment = await tx.attachment.create({
          data: {
            blocYearId: year.id,
            fileName,
            mimeType: type.mimeType,
            size: input.bytes.byteLength,
            content: input.bytes,
            uploadedById: user.id,
          },
          select: { id: true },
        });
        const before = await tx.pledge.findUnique({
          where: { blocYearId: year.id },
          select: { id: true, attachment: { select: { id: true, fileName: true } } },
        });
        let pledgeId = before?.id;
        if (input.version === 0) {
          if (before) throw new ConflictError(CHANGED_MEANWHILE);
          const created = await tx.pledge.create({
            data: {
              blocYearId: year.id,
              title: `Giao ước thi đua năm ${year.year}`,
              body: "",
              attachmentId: attachment.id,
            },
            select: { id: true },
          });
          pledgeId = created.id;
        } else {
          await setAttachment(tx, {
            blocYearId: year.id,
            version: input.version,
            attachmentId: attachment.id,
          });
          if (before?.attachment) await tx.attachment.delete({ where: { id: before.attachment.id } });
        }
        await recordAudit(tx, {
          actorId: user.id,
          blocYearId: year.id,
          entity: "Pledge",
          entityId: pledgeId ?? attachment.id,
          action: "update",
          field: "attachment",
          oldValue: before?.attachment?.fileName,
          newValue: fileName,
        });
        return { version: input.version + 1, attachmentId: attachment.id };
      }),
    CHANGED_MEANWHILE,
  );
}

export async function removePledgeFile(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: RemovePledgeFileInput,
) {
  return prisma.$transaction(async (tx) => {
    const year = await authorizeMembersWrite(tx, user, { blocYearId: input.blocYearId, activity: "pledge" });
    const before = await tx.pledge.findUnique({
      where: { blocYearId: year.id },
      select: { id: true, attachment: { select: { id: true, fileName: true } } },
    });
    if (!before?.attachment) throw new UserFacingError("Giao ước chưa có tệp đính kèm.");
    await setAttachment(tx, { blocYearId: year.id, version: input.version, attachmentId: null });
    await tx.attachment.delete({ where: { id: before.attachment.id } });
    await recordAudit(tx, {
      actorId: user.id,
      blocYearId: year.id,
      entity: "Pledge",
      entityId: before.id,
      action: "update",
      field: "attachment",
      oldValue: before.attachment.fileName,
    });
    return { version: input.version + 1 };
  });
}

async function setAttachment(
  tx: AppTransaction,
  options: { blocYearId: string; version: number; attachmentId: string | null },
): Promise<void> {
  const { count } = await tx.pledge.updateMany({
    where: { blocYearId: options.blocYearId, version: options.version },
    data: { attachmentId: options.attachmentId, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(CHANGED_MEANWHILE);
}
