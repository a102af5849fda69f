import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import type { SessionUser } from "@/server/auth/session-user";
import { provinceAdministeredBy } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { activeOnWhere } from "@/server/mutations/province/active-agencies";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";

/** A bloc or agency a grant may name; `inactive` marks an agency deactivated or merged away. */
export type ScopeOption = { id: string; name: string; inactive?: true };
export type GrantScopes = { blocs: ScopeOption[]; units: ScopeOption[] };

/**
 * What a grant may be scoped to, in the administered province: its blocs not dissolved, and its
 * agencies under today's names. Agencies no longer active (deactivated or merged away) come
 * marked, so the editor can show a grant still held on one but offer none of them anew.
 */
export async function listGrantScopes(
  prisma: AppPrismaClient,
  user: SessionUser,
): Promise<GrantScopes | null> {
  const provinceId = provinceAdministeredBy(user);
  if (!provinceId) return null;
  const today = todayInVietnam();
  const [blocs, units, active] = await Promise.all([
    prisma.bloc.findMany({
      where: { provinceId, dissolvedOn: null },
      select: { id: true, name: true },
    }),
    prisma.unit.findMany({ where: { provinceId }, select: { id: true, ...NAMED_UNIT.select } }),
    prisma.unit.findMany({ where: activeOnWhere(provinceId, today), select: { id: true } }),
  ]);
  const activeIds = new Set(active.map((unit) => unit.id));
  const named = units.flatMap((unit): ScopeOption[] => {
    const name = storedNameOn(unit.names, today);
    if (!name) return [];
    return [
      activeIds.has(unit.id)
        ? { id: unit.id, name: name.name }
        : { id: unit.id, name: name.name, inactive: true },
    ];
  });
  const byName = (a: ScopeOption, b: ScopeOption) => compareVietnamese(a.name, b.name);
  return { blocs: blocs.sort(byName), units: named.sort(byName) };
}
