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

const SESSION_ACCOUNT_SELECT = { ...SIGNED_IN_USER_SELECT, active: true } satisfies Prisma.UserSelect;

/** An account as a session is checked against it: the signed-in user's facts, and whether it is active. */
export type SessionAccount = SignedInUser & { active: boolean };

/** Reads one account for the session check (the app keeps it per instance: cache/session-accounts.ts). */
export type SessionAccountLoader = (userId: string) => Promise<SessionAccount | null>;

export const loadSessionAccount =
  (prisma: AppPrismaClient): SessionAccountLoader =>
  (userId) =>
    prisma.user.findUnique({ where: { id: userId }, select: SESSION_ACCOUNT_SELECT });

/**
 * The user a token names, as the database knows them now — grants and scope from the rows, never
 * from the token — or null when the token is stale: the account was deactivated, or its session
 * version moved on (sign-out, password change or reset, a change of grants), so the token is
 * treated as signed out.
 */
export async function findSessionUser(
  prisma: AppPrismaClient,
  claim: SessionClaim,
  loadAccount: SessionAccountLoader = loadSessionAccount(prisma),
): Promise<SignedInUser | null> {
  const { userId, sessionVersion } = claim;
  // A token without a version predates versions (or was forged): no filter must go missing.
  if (!userId || typeof sessionVersion !== "number") return null;
  const account = await loadAccount(userId);
  if (!account?.active || account.sessionVersion !== sessionVersion) return null;
  const { active: _active, ...user } = account;
  return user;
}
