import "server-only";
import type { AppPrismaClient } from "@/server/database/connect";

/**
 * Ends every session of the user on every device and instance: each token carries the version it
 * was issued at, and a token of an older version is refused from the next request on.
 */
export async function endSessions(prisma: AppPrismaClient, userId: string): Promise<void> {
  await prisma.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { id: true },
  });
}
