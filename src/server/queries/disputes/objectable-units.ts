import "server-only";
import type { SessionUser } from "@/server/auth/session-user";
import { mayFileObjection } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import type { BlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { loadOpenDisputeWindow } from "./open-dispute-window";

/**
 * The member units whose figures the user may object to today: those they lead, while the year's
 * stage takes objections and its window is open. The score grid links a cell of these to the form.
 */
export async function objectableUnits(
  prisma: AppPrismaClient,
  user: SessionUser,
  header: BlocYearHeader,
): Promise<string[]> {
  if (!(await loadOpenDisputeWindow(prisma, header))) return [];
  const members = await prisma.membership.findMany({
    where: { blocYearId: header.id },
    select: { unitId: true },
  });
  return members.map((m) => m.unitId).filter((unitId) => mayFileObjection(user, unitId));
}
