import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";
import { createNextBlocYear, previewNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";

/**
 * The next year created as the secretariat does it in the browser: read the preview of its
 * members (mergers applied), then confirm that very preview. Answers the new bloc-year's id.
 */
export async function createNextYearThroughApp(
  prisma: AppPrismaClient,
  secretariat: SessionUser,
  fromBlocYearId: string,
): Promise<string> {
  const preview = await previewNextBlocYear(prisma, secretariat, { fromBlocYearId });
  const created = await createNextBlocYear(prisma, secretariat, {
    fromBlocYearId,
    previewStamp: preview.stamp,
  });
  return created.id;
}
