import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import type { SessionUser } from "@/server/auth/session-user";
import { provinceAdministeredBy } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";

export type ScopeOption = { id: string; name: string };
export type GrantScopes = { blocs: ScopeOption[]; units: ScopeOption[] };

/**
 * What a grant may be scoped to, in the administered province: its blocs not dissolved, and its
 * agencies under today's names (a unit merged away keeps no current name and is not offered).
 */
export async function listGrantScopes(
  prisma: AppPrismaClient,
  user: SessionUser,
): Promise<GrantScopes | null> {
  const provinceId = provinceAdministeredBy(user);
  if (!provinceId) return null;
  const today = todayInVietnam();
  const [blocs, units] = await Promise.all([
    prisma.bloc.findMany({
      where: { provinceId, dissolvedOn: null },
      select: { id: true, name: true },
    }),
    prisma.unit.findMany({ where: { provinceId }, select: { id: true, ...NAMED_UNIT.select } }),
  ]);
  const named = units.flatMap((unit) => {
    const name = storedNameOn(unit.names, today);
    return name ? [{ id: unit.id, name: name.name }] : [];
  });
  const byName = (a: ScopeOption, b: ScopeOption) => compareVietnamese(a.name, b.name);
  return { blocs: blocs.sort(byName), units: named.sort(byName) };
}
