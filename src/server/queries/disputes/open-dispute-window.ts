import "server-only";
import { todayInVietnam } from "@/domain/calendar";
import { disputeWindowState, type DisputeWindow } from "@/domain/disputes";
import { stageAllows, type YearStage } from "@/domain/year-stages";
import type { AppPrismaClient } from "@/server/database/connect";
import { DISPUTE_WINDOW_SELECT, disputeWindowOf } from "@/server/mappers/dispute-window";

/** The year's dispute window when it takes objections today (its stage and its days), else null. */
export async function loadOpenDisputeWindow(
  prisma: AppPrismaClient,
  year: { id: string; status: YearStage },
): Promise<DisputeWindow | null> {
  if (!stageAllows(year.status, "disputes")) return null;
  const row = await prisma.blocYear.findUniqueOrThrow({
    where: { id: year.id },
    select: DISPUTE_WINDOW_SELECT,
  });
  const window = disputeWindowOf(row);
  return disputeWindowState(window, todayInVietnam()) === "open" ? window : null;
}
