import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import { disputeWindowState } from "@/domain/disputes";
import { stageAllows } from "@/domain/year-stages";
import type { SessionUser } from "@/server/auth/session-user";
import { mayFileObjection } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { DISPUTE_WINDOW_SELECT, disputeWindowOf } from "@/server/mappers/dispute-window";
import type { BlocYearHeader } from "@/server/queries/get-bloc-year-header";

/**
 * The member units whose figures the user may object to today: those they lead, while the year's
 * stage takes objections and its window is open. The score grid links a cell of these to the form.
 */
export async function objectableUnits(
  prisma: AppPrismaClient,
  user: SessionUser,
  header: BlocYearHeader,
): Promise<string[]> {
  if (!stageAllows(header.status, "disputes")) return [];
  const row = await prisma.blocYear.findUniqueOrThrow({
    where: { id: header.id },
    select: { ...DISPUTE_WINDOW_SELECT, memberships: { select: { unitId: true } } },
  });
  if (disputeWindowState(disputeWindowOf(row), todayInVietnam()) !== "open") return [];
  return row.memberships.map((m) => m.unitId).filter((unitId) => mayFileObjection(user, unitId));
}
