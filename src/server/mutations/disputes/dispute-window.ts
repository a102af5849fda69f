import "server-only";
import { fromIsoDay, todayInVietnam } from "@/domain/calendar";
import { windowStartingOn, type DisputeWindow } from "@/domain/disputes";
import type { CloseDisputeWindowInput, OpenDisputeWindowInput } from "@/schemas/disputes/objection";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { DISPUTE_WINDOW_SELECT, disputeWindowOf } from "@/server/mappers/dispute-window";
import { ConflictError, UserFacingError } from "@/server/errors";
import { recordAudit } from "../record-audit";
import { authorizeYearRewrite } from "../writable-bloc-year";

/**
 * Opens the year's dispute window for `days` days from today (a window already set is replaced:
 * extending or reopening it is the same act), audited old → new.
 */
export async function openDisputeWindow(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: OpenDisputeWindowInput,
  now = new Date(),
) {
  const window = windowStartingOn(todayInVietnam(now), input.days);
  return prisma.$transaction((tx) => setWindow(tx, { user, input, next: () => window }));
}

/**
 * Makes today the window's last day: from tomorrow no objection can be filed. Days are the
 * window's unit, so an objection filed earlier today still stands inside it.
 */
export async function closeDisputeWindow(
  prisma: AppPrismaClient,
  user: SessionUser,
  input: CloseDisputeWindowInput,
  now = new Date(),
) {
  const today = todayInVietnam(now);
  const next = (current: DisputeWindow | null) => {
    if (current === null || current.closesOn < today)
      throw new UserFacingError("Thời hạn khiếu nại không còn mở.");
    if (current.closesOn === today)
      throw new UserFacingError("Hôm nay đã là ngày cuối của thời hạn khiếu nại.");
    return { opensOn: current.opensOn, closesOn: today };
  };
  return prisma.$transaction((tx) => setWindow(tx, { user, input, next }));
}

async function readWindow(tx: AppTransaction, blocYearId: string): Promise<DisputeWindow | null> {
  const row = await tx.blocYear.findUnique({
    where: { id: blocYearId },
    select: DISPUTE_WINDOW_SELECT,
  });
  return row && disputeWindowOf(row);
}

async function setWindow(
  tx: AppTransaction,
  options: {
    user: SessionUser;
    input: { blocYearId: string; version: number };
    next: (current: DisputeWindow | null) => DisputeWindow;
  },
) {
  const { user, input } = options;
  const year = await authorizeYearRewrite(tx, { user, blocYearId: input.blocYearId, activity: "disputes" });
  const before = await readWindow(tx, year.id);
  const window = options.next(before);
  const { count } = await tx.blocYear.updateMany({
    where: { id: year.id, version: input.version },
    data: {
      disputeOpensOn: fromIsoDay(window.opensOn),
      disputeClosesOn: fromIsoDay(window.closesOn),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new ConflictError();
  const audit = { actorId: user.id, blocYearId: year.id, entity: "BlocYear", entityId: year.id } as const;
  if (before?.opensOn !== window.opensOn)
    await recordAudit(tx, {
      ...audit,
      action: "update",
      field: "disputeOpensOn",
      ...(before && { oldValue: before.opensOn }),
      newValue: window.opensOn,
    });
  if (before?.closesOn !== window.closesOn)
    await recordAudit(tx, {
      ...audit,
      action: "update",
      field: "disputeClosesOn",
      ...(before && { oldValue: before.closesOn }),
      newValue: window.closesOn,
    });
  return { version: input.version + 1, window };
}
