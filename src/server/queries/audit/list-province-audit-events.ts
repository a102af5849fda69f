import "server-only";
import type { AuditFilter } from "@/schemas/audit/audit-filter";
import type { SessionUser } from "@/server/auth/session-user";
import { provinceAdministeredBy } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadAuditPage } from "./load-audit-page";

/**
 * One page of the province's own changes for its admin: the audit events that belong to no
 * bloc-year (agencies, blocs, accounts, the province), made by one of the province's accounts or
 * about one of its records. A bloc-year's events stay on that year's log. Null for anyone but the
 * province's admin.
 */
export async function listProvinceAuditEvents(
  prisma: AppPrismaClient,
  user: SessionUser,
  filter: AuditFilter,
) {
  const provinceId = provinceAdministeredBy(user);
  if (!provinceId) return null;
  const [units, blocs, users] = await Promise.all([
    prisma.unit.findMany({ where: { provinceId }, select: { id: true } }),
    prisma.bloc.findMany({ where: { provinceId }, select: { id: true } }),
    prisma.user.findMany({ where: { provinceId }, select: { id: true } }),
  ]);
  const recordIds = [provinceId, ...[...units, ...blocs, ...users].map((row) => row.id)];
  return loadAuditPage(prisma, {
    scope: {
      blocYearId: null,
      OR: [{ actor: { provinceId } }, { entityId: { in: recordIds } }],
    },
    filter,
  });
}
