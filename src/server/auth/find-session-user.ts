import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AppPrismaClient } from "@/server/database/connect";
import type { SignedInUser } from "./session-user";

/** The columns a session needs, and no more: this runs on every request. */
export const SIGNED_IN_USER_SELECT = {
  id: true,
  username: true,
  displayName: true,
  provinceId: true,
  grants: {
    select: { kind: true, provinceId: true, blocId: true, unitId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  sessionVersion: true,
  mustChangePassword: true,
} satisfies Prisma.UserSelect;

/** What a session token proves: who signed in, and at which of their session versions. */
export type SessionClaim = { userId?: string; sessionVersion?: number };

/**
 * The user a token names, as the database knows them now — grants and scope from the rows, never
 * from the token — or null when the token is stale: the account was deactivated, or its session
 * version moved on (sign-out, password change or reset, a change of grants), so the token is
 * treated as signed out.
 */
export async function findSessionUser(
  prisma: AppPrismaClient,
  claim: SessionClaim,
): Promise<SignedInUser | null> {
  const { userId, sessionVersion } = claim;
  // A token without a version predates versions (or was forged): no filter must go missing.
  if (!userId || typeof sessionVersion !== "number") return null;
  return prisma.user.findFirst({
    where: { id: userId, sessionVersion, active: true },
    select: SIGNED_IN_USER_SELECT,
  });
}
