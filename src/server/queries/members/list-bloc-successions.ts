import "server-only";
import { addDays, type IsoDay, toIsoDay } from "@/domain/calendar";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { storedNameOn, UNIT_NAMES } from "../unit-names-select";
import { findSuccessionYears, undoBlocker } from "./succession-dependants";

export type SuccessionRow = {
  id: string;
  predecessorName: string;
  successorName: string;
  effectiveOn: IsoDay;
  decisionRef: string | null;
  /** Years whose members it set, e.g. "2025". */
  years: number[];
  /** Why it cannot be undone, or null. */
  undoBlocker: string | null;
};

/** The recorded successions (mergers) of units that were ever members of the bloc: the lineage. */
export async function listBlocSuccessions(prisma: AppPrismaClient, blocId: string): Promise<SuccessionRow[]> {
  return prisma.$transaction((tx) => listIn(tx, blocId));
}

async function listIn(tx: AppTransaction, blocId: string): Promise<SuccessionRow[]> {
  const inBloc = { memberships: { some: { blocYear: { blocId } } } };
  const rows = await tx.unitSuccession.findMany({
    where: { OR: [{ predecessor: inBloc }, { successor: inBloc }] },
    orderBy: [{ effectiveOn: "desc" }, { id: "asc" }],
    select: {
      id: true,
      predecessorId: true,
      successorId: true,
      effectiveOn: true,
      decisionRef: true,
      predecessor: { select: UNIT_NAMES },
      successor: { select: UNIT_NAMES },
    },
  });
  return Promise.all(
    rows.map(async (row) => {
      const day = toIsoDay(row.effectiveOn);
      const years = await findSuccessionYears(tx, row);
      return {
        id: row.id,
        predecessorName: storedNameOn(row.predecessor.names, addDays(day, -1))?.name ?? "",
        successorName: storedNameOn(row.successor.names, day)?.name ?? "",
        effectiveOn: day,
        decisionRef: row.decisionRef,
        years: [...new Set(years.map((year) => year.year))],
        undoBlocker: undoBlocker(years),
      };
    }),
  );
}
