import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import {
  blocYearsAllowed,
  maySeeObjection,
  maySeeUnit,
  YEAR_VISIBILITY_SELECT,
  yearVisibility,
} from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

/**
 * An attachment's bytes, only if the user may view its bloc-year and, for a score line's
 * evidence, that unit's figures (a leader in a year that hides provisional scores sees only their
 * own unit's), and for an objection's paper, that objection (its unit and the year's overseers);
 * null otherwise (a 404, revealing nothing). The bytes are read only once allowed.
 */
export async function getAttachmentForUser(prisma: AppPrismaClient, user: SessionUser, attachmentId: string) {
  const found = await prisma.attachment.findFirst({
    where: { id: attachmentId, blocYear: blocYearsAllowed(user, "view") },
    select: {
      blocYear: { select: YEAR_VISIBILITY_SELECT },
      scoreLine: { select: { sheet: { select: { unitId: true } } } },
      objection: { select: { unitId: true } },
    },
  });
  if (!found) return null;
  const year = yearVisibility(found.blocYear);
  if (found.objection && !maySeeObjection(user, year, found.objection.unitId)) return null;
  const unitId = found.scoreLine?.sheet.unitId;
  if (unitId && !maySeeUnit(user, year, unitId)) return null;
  return prisma.attachment.findUnique({
    where: { id: attachmentId },
    select: { fileName: true, mimeType: true, size: true, content: true },
  });
}
