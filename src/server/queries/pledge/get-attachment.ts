import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

/** An attachment's bytes, only if the user may view its bloc-year; null otherwise (a 404, revealing nothing). */
export function getAttachmentForUser(prisma: AppPrismaClient, user: SessionUser, attachmentId: string) {
  return prisma.attachment.findFirst({
    where: { id: attachmentId, blocYear: blocYearsAllowed(user, "view") },
    select: { fileName: true, mimeType: true, size: true, content: true },
  });
}
