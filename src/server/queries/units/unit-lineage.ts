import "server-only";
import { addDays, type IsoDay, toIsoDay } from "@/domain/calendar";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import type { SessionUser } from "@/server/auth/session-user";
import { unitsVisibleTo } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { storedNameOn, UNIT_NAMES } from "../unit-names-select";

/** A predecessor or successor as the unit page lists it. */
export type LinkedUnit = {
  unitId: string;
  /** A predecessor's last name before the merger; a successor's name on the day it took over. */
  name: string;
  effectiveOn: IsoDay;
  decisionRef: string | null;
  /** Whether the user may open that unit's page: the link is shown only then. */
  viewable: boolean;
};

export type UnitLineage = { predecessors: LinkedUnit[]; successors: LinkedUnit[] };

/** The recorded successions a unit takes part in, either side, with links the user may follow. */
export async function loadUnitLineage(
  prisma: AppPrismaClient,
  where: { user: SessionUser; unitId: string },
): Promise<UnitLineage> {
  const { unitId } = where;
  const rows = await prisma.unitSuccession.findMany({
    where: { OR: [{ successorId: unitId }, { predecessorId: unitId }] },
    select: {
      predecessorId: true,
      successorId: true,
      effectiveOn: true,
      decisionRef: true,
      predecessor: { select: UNIT_NAMES },
      successor: { select: UNIT_NAMES },
    },
  });
  const others = rows.map((row) => (row.successorId === unitId ? row.predecessorId : row.successorId));
  const viewable = new Set(
    (
      await prisma.unit.findMany({
        where: { id: { in: others }, AND: [unitsVisibleTo(where.user)] },
        select: { id: true },
      })
    ).map((unit) => unit.id),
  );
  const linked = (otherId: string, name: string | undefined, row: (typeof rows)[number]): LinkedUnit => ({
    unitId: otherId,
    name: name ?? "",
    effectiveOn: toIsoDay(row.effectiveOn),
    decisionRef: row.decisionRef,
    viewable: viewable.has(otherId),
  });
  const byDateThenName = (a: LinkedUnit, b: LinkedUnit) =>
    a.effectiveOn.localeCompare(b.effectiveOn) || compareVietnamese(a.name, b.name);
  return {
    predecessors: rows
      .filter((row) => row.successorId === unitId)
      .map((row) => {
        const lastDay = addDays(toIsoDay(row.effectiveOn), -1);
        return linked(row.predecessorId, storedNameOn(row.predecessor.names, lastDay)?.name, row);
      })
      .sort(byDateThenName),
    successors: rows
      .filter((row) => row.predecessorId === unitId)
      .map((row) =>
        linked(row.successorId, storedNameOn(row.successor.names, toIsoDay(row.effectiveOn))?.name, row),
      )
      .sort(byDateThenName),
  };
}
