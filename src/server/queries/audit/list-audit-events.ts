import "server-only";
import type { AuditFilter } from "@/schemas/audit/audit-filter";
import type { SessionUser } from "@/server/auth/session-user";
import {
  authorizeBlocYear,
  blocYearsAllowed,
  mayReadAuditLog,
  YEAR_VISIBILITY_SELECT,
  yearVisibility,
} from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadAuditPage } from "./load-audit-page";

/** One page of a bloc-year's audit events (see loadAuditPage), or null for a user who may not read it. */
export async function listAuditEvents(
  prisma: AppPrismaClient,
  user: SessionUser,
  options: { blocYearId: string; filter: AuditFilter },
) {
  const blocYear = await authorizeBlocYear(prisma, { user, blocYearId: options.blocYearId, action: "view" });
  const visibility = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYear.id },
    select: YEAR_VISIBILITY_SELECT,
  });
  if (!mayReadAuditLog(user, yearVisibility(visibility))) return null;
  return loadAuditPage(prisma, {
    scope: { blocYearId: blocYear.id },
    filter: options.filter,
    blocYearId: blocYear.id,
  });
}

/** The other years of the same bloc the user may see, for the page's year switch. */
export async function listViewableYears(prisma: AppPrismaClient, user: SessionUser, blocId: string) {
  const rows = await prisma.blocYear.findMany({
    where: { blocId, AND: [blocYearsAllowed(user, "view")] },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return rows.map((row) => row.year);
}
