import "server-only";
import { todayInVietnam, toIsoDay } from "@/domain/calendar";
import { disputeWindowState } from "@/domain/disputes";
import { stageAllows } from "@/domain/year-stages";
import type { SessionUser } from "@/server/auth/session-user";
import { mayFileObjection } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
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
    select: { disputeOpensOn: true, disputeClosesOn: true, memberships: { select: { unitId: true } } },
  });
  if (!row.disputeOpensOn || !row.disputeClosesOn) return [];
  const window = { opensOn: toIsoDay(row.disputeOpensOn), closesOn: toIsoDay(row.disputeClosesOn) };
  if (disputeWindowState(window, todayInVietnam()) !== "open") return [];
  return row.memberships.map((m) => m.unitId).filter((unitId) => mayFileObjection(user, unitId));
}
