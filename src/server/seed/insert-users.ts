import { hash } from "@node-rs/argon2";
import type { Prisma } from "@/generated/prisma/client";
import type { SeededOrganisation } from "./insert-organisation";
import { PROVINCE_YEN_BAI } from "./members";
import { idFor } from "./refs";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserScope } from "./users";

/** Argon2id hash of DEMO_PASSWORD, computed before the transaction opens (it takes a while). */
export function hashDemoPassword(): Promise<string> {
  return hash(DEMO_PASSWORD);
}

/** The demo accounts with their grants; they share one hash since they share one password. */
export async function insertUsers(
  tx: Prisma.TransactionClient,
  organisation: SeededOrganisation,
  passwordHash: string,
): Promise<void> {
  for (const { username, displayName, grants } of DEMO_USERS) {
    await tx.user.create({
      data: {
        username,
        displayName,
        passwordHash,
        provinceId: organisation.provinceId,
        grants: {
          create: grants.map(({ kind, scope }) => ({
            kind,
            provinceId: organisation.provinceId,
            ...scopeIds(organisation, scope),
          })),
        },
      },
      select: { id: true },
    });
  }
}

function scopeIds(
  organisation: SeededOrganisation,
  scope: DemoUserScope,
): { blocId?: string; unitId?: string } {
  switch (scope.level) {
    case "PROVINCE":
      // Every demo account belongs to the one seeded province; a different code is a data bug.
      if (scope.provinceCode !== PROVINCE_YEN_BAI.code)
        throw new Error(`Unknown province ${scope.provinceCode}`);
      return {};
    case "BLOC":
      return { blocId: idFor(organisation.blocIds, scope.blocCode) };
    case "UNIT":
      return { unitId: idFor(organisation.unitIds, scope.unitCode) };
  }
}
