import "server-only";
import { RECORD_ID_PATTERN } from "@/schemas/record-id";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { ForbiddenError, PublishedYearError } from "@/server/errors";
import { UploadRefusal } from "./upload-refusal";

/**
 * The bloc-year an upload writes to, from the address: the user must manage it and it must not
 * be published. Runs before the body is read, so a user who may not write never costs the
 * server the upload. The mutation authorises again inside its transaction.
 */
export async function findWritableYear(
  prisma: AppPrismaClient,
  user: SessionUser,
  address: { blocId: string; year: string },
): Promise<string> {
  // The proxy's path check does not run before uploads (it would read the whole body first).
  if (!RECORD_ID_PATTERN.test(address.blocId) || !/^\d{4}$/.test(address.year))
    throw new UploadRefusal("Không tìm thấy năm thi đua.", 404);
  const where = { blocId: address.blocId, year: Number(address.year) };
  const row = await prisma.blocYear.findFirst({
    where: { ...where, AND: [blocYearsAllowed(user, "view")] },
    select: { id: true, status: true },
  });
  if (!row) throw new UploadRefusal("Không tìm thấy năm thi đua.", 404);
  const manageable = await prisma.blocYear.count({
    where: { id: row.id, AND: [blocYearsAllowed(user, "manage")] },
  });
  if (manageable === 0) throw new UploadRefusal(new ForbiddenError().message, 403);
  if (row.status === "PUBLISHED") throw new UploadRefusal(new PublishedYearError().message, 409);
  return row.id;
}
