import "server-only";
import type { AppPrismaClient } from "@/server/database/connect";

export async function hasAnyUser(prisma: AppPrismaClient): Promise<boolean> {
  return (await prisma.user.findFirst({ select: { id: true } })) !== null;
}
