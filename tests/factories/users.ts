import type { GrantKind } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient } from "@/server/database/connect";

/** A user's columns as a session sees them: grants included, password and versions left out. */
export const SESSION_USER_SELECT = {
  id: true,
  username: true,
  displayName: true,
  provinceId: true,
  grants: {
    select: { kind: true, provinceId: true, blocId: true, unitId: true },
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  },
};

export type GrantSpec = { kind: GrantKind; blocId?: string | null; unitId?: string | null };

/** An account with the given grants in its province (no usable password), as its session sees it. */
export function createUserWithGrants(
  prisma: AppPrismaClient,
  options: { username: string; provinceId: string; grants: GrantSpec[]; displayName?: string },
): Promise<SessionUser> {
  return prisma.user.create({
    data: {
      username: options.username,
      displayName: options.displayName ?? options.username,
      passwordHash: "-",
      provinceId: options.provinceId,
      grants: {
        create: options.grants.map((grant) => ({
          kind: grant.kind,
          provinceId: options.provinceId,
          blocId: grant.blocId ?? null,
          unitId: grant.unitId ?? null,
        })),
      },
    },
    select: SESSION_USER_SELECT,
  });
}

/** A session user built in memory, for rules that need no database. */
export function sessionUser(id: string, provinceId: string, grants: GrantSpec[]): SessionUser {
  return {
    id,
    username: id,
    displayName: id,
    provinceId,
    grants: grants.map((grant) => ({
      kind: grant.kind,
      provinceId,
      blocId: grant.blocId ?? null,
      unitId: grant.unitId ?? null,
    })),
  };
}
