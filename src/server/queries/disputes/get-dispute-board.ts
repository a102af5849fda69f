import "server-only";
import { todayInVietnam, yearEnd } from "@/domain/calendar";
import { describeWindow, takesObjections } from "@/domain/disputes";
import { typedLeafLimit } from "@/domain/score-entry/leaf-limit";
import { stageAllows } from "@/domain/year-stages";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { SessionUser } from "@/server/auth/session-user";
import { mayFileObjection, mayReadAuditLog, mayResolveObjection, ownUnitIds } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import type { BlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import { loadUnitFigures, type UnitFigure } from "./unit-figures";
import { listObjections } from "./list-objections";

/** Outside the stages that take objections, whatever days the window was given. */
const closedStageText = (status: BlocYearHeader["status"]) =>
  status === "PUBLISHED"
    ? "Kết quả năm này đã công bố: không nhận khiếu nại về điểm nữa."
    : "Chỉ nhận khiếu nại về điểm khi năm thi đua đang chấm điểm, chờ công bố hoặc đang đính chính.";

export type DisputeLeaf = { id: string; code: string; title: string; limit: number };
export type FilingUnit = { unitId: string; name: string; figures: Record<string, UnitFigure> };

/**
 * The Khiếu nại tab of a year the caller may view (its header is loaded and authorised): the
 * window, the units the user may object for with their current figures, and the objections the
 * user may see — all of them for those who oversee the year, their own units' for a member.
 */
export async function getDisputeBoard(prisma: AppPrismaClient, user: SessionUser, header: BlocYearHeader) {
  const today = todayInVietnam();
  const row = await prisma.blocYear.findUniqueOrThrow({
    where: { id: header.id },
    select: {
      rules: true,
      memberships: { select: { unitId: true, unit: NAMED_UNIT } },
      scoreTables: {
        orderBy: { version: "desc" },
        take: 1,
        select: {
          criteria: {
            where: { kind: { in: ["MANUAL", "BONUS", "DEDUCTION"] }, children: { none: {} } },
            select: { id: true, code: true, title: true, kind: true, maxPoints: true, capPoints: true },
          },
        },
      },
    },
  });
  const window = header.disputeWindow;
  const stageOpen = stageAllows(header.status, "disputes");
  const windowOpen = takesObjections({ status: header.status, window }, today);
  const leaves: DisputeLeaf[] = (row.scoreTables[0]?.criteria ?? [])
    .map((c) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      limit: typedLeafLimit(c),
    }))
    .sort((a, b) => a.code.localeCompare(b.code, "vi", { numeric: true }));
  const limitOf = (id: string) => leaves.find((leaf) => leaf.id === id)?.limit ?? 0;
  const rules = scoringRulesSchema.parse(row.rules);
  const nameOf = (unitId: string) => {
    const member = row.memberships.find((m) => m.unitId === unitId);
    return (member && storedNameOn(member.unit.names, yearEnd(header.year))?.name) ?? "";
  };
  const filingUnits: FilingUnit[] = [];
  for (const { unitId } of row.memberships.filter((m) => mayFileObjection(user, m.unitId))) {
    const figures = await loadUnitFigures(prisma, { blocYearId: header.id, unitId, rules, limitOf });
    filingUnits.push({ unitId, name: nameOf(unitId), figures: Object.fromEntries(figures) });
  }
  const overseer = mayReadAuditLog(user, header);
  const objections = await listObjections(prisma, {
    blocYearId: header.id,
    unitIds: overseer ? null : ownUnitIds(user),
    nameOf,
  });
  return {
    today,
    window,
    windowText: stageOpen ? describeWindow(window, today) : closedStageText(header.status),
    windowOpen,
    canManage: header.canManage && stageOpen,
    /** Whether the list is every unit's (those who oversee the year) or the user's own units'. */
    seesAll: overseer,
    leaves,
    filingUnits,
    objections: objections.map((objection) => ({
      ...objection,
      limit: limitOf(objection.criterionId),
      mayAttach: windowOpen && objection.status === "OPEN" && mayFileObjection(user, objection.unitId),
      mayResolve:
        header.canManage &&
        stageOpen &&
        objection.status === "OPEN" &&
        mayResolveObjection(user, objection.unitId),
    })),
  };
}

export type DisputeBoard = Awaited<ReturnType<typeof getDisputeBoard>>;
export type DisputeObjection = DisputeBoard["objections"][number];
