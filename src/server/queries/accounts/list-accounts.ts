import "server-only";
import { accountVersion } from "@/domain/accounts/account-version";
import { todayInVietnam } from "@/domain/calendar";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import type { GrantKind } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { provinceAdministeredBy } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";

export type AccountGrant = { kind: GrantKind; blocId: string | null; unitId: string | null; scope: string };
export type AccountRow = {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  mustChangePassword: boolean;
  grants: AccountGrant[];
  /** Posted back by the edit form: see accountVersion. */
  version: string;
};

const GRANTS_SELECT = {
  select: {
    kind: true,
    blocId: true,
    unitId: true,
    bloc: { select: { name: true } },
    unit: NAMED_UNIT,
  },
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
};

/**
 * The accounts of the province the user administers, filtered by a search on username or name
 * and by status, in Vietnamese order of names; null when the user administers no province.
 */
export async function listAccounts(
  prisma: AppPrismaClient,
  user: SessionUser,
  filter: { q: string; status: "active" | "inactive" | "all" },
): Promise<AccountRow[] | null> {
  const provinceId = provinceAdministeredBy(user);
  if (!provinceId) return null;
  const rows = await prisma.user.findMany({
    where: {
      provinceId,
      ...(filter.status !== "all" && { active: filter.status === "active" }),
      ...(filter.q && {
        OR: [
          { username: { contains: filter.q, mode: "insensitive" } },
          { displayName: { contains: filter.q, mode: "insensitive" } },
        ],
      }),
    },
    select: {
      id: true,
      username: true,
      displayName: true,
      active: true,
      mustChangePassword: true,
      grants: GRANTS_SELECT,
    },
    take: 500,
  });
  return rows.map(accountRow).sort((a, b) => compareVietnamese(a.displayName, b.displayName));
}

/** One account of the administered province, or null (also when it is another province's). */
export async function getAccount(
  prisma: AppPrismaClient,
  user: SessionUser,
  userId: string,
): Promise<AccountRow | null> {
  const provinceId = provinceAdministeredBy(user);
  if (!provinceId) return null;
  const row = await prisma.user.findFirst({
    where: { id: userId, provinceId },
    select: {
      id: true,
      username: true,
      displayName: true,
      active: true,
      mustChangePassword: true,
      grants: GRANTS_SELECT,
    },
  });
  return row && accountRow(row);
}

type Row = Omit<AccountRow, "grants" | "version"> & {
  grants: {
    kind: GrantKind;
    blocId: string | null;
    unitId: string | null;
    bloc: { name: string } | null;
    unit: { names: { name: string; shortName: string; validFrom: Date }[] } | null;
  }[];
};

function accountRow(row: Row): AccountRow {
  const today = todayInVietnam();
  return {
    ...row,
    version: accountVersion(row.displayName, row.grants),
    grants: row.grants.map(({ kind, blocId, unitId, bloc, unit }) => ({
      kind,
      blocId,
      unitId,
      scope: unit ? (storedNameOn(unit.names, today)?.name ?? "") : (bloc?.name ?? "Toàn tỉnh"),
    })),
  };
}
