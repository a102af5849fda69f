import "server-only";
import { addDays, fromIsoDay, type IsoDay, toIsoDay, yearEnd } from "@/domain/calendar";
import { type NextYearMembers, planNextYearMembers } from "@/domain/membership";
import type { AppTransaction } from "@/server/database/connect";
import { storedNameOn, UNIT_NAMES } from "../unit-names-select";

/** One line of the preview the secretariat confirms before the next year is created. */
export type NextYearPreviewLine = {
  unitId: string;
  /** The name it bears in the new year: at the year's end, or on its last day as a member. */
  name: string;
  joinedOn: IsoDay;
  leftOn: IsoDay | null;
  /** A member of last year carrying on from 01/01, whether or not it takes others over. */
  continuing: boolean;
  /** Names of the units it merges into (leaving). */
  mergedInto: string[];
  /** The units it takes over, under their last names, and from when. */
  succeeds: { name: string; effectiveOn: IsoDay }[];
};

export type NextYearPreview = {
  year: number;
  members: NextYearPreviewLine[];
  /** Last year's members merged away on or before 1 January: not copied. */
  notCopied: { unitId: string; name: string; mergedInto: string[]; effectiveOn: IsoDay }[];
  /** Identifies this plan: creating the year refuses a plan that changed since it was shown. */
  stamp: string;
};

/** Year N+1's members as "Tạo năm N+1" will write them, from N's year-end members and the successions. */
export async function loadNextYearPlan(
  tx: AppTransaction,
  source: { year: number; provinceId: string; continuingUnitIds: string[] },
): Promise<{ plan: NextYearMembers; preview: NextYearPreview }> {
  const year = source.year + 1;
  const successions = await tx.unitSuccession.findMany({
    where: {
      effectiveOn: { lte: fromIsoDay(yearEnd(year)) },
      predecessor: { provinceId: source.provinceId },
    },
    orderBy: { id: "asc" },
    select: { predecessorId: true, successorId: true, effectiveOn: true },
  });
  const plan = planNextYearMembers({
    year,
    continuingUnitIds: source.continuingUnitIds,
    successions: successions.map((s) => ({ ...s, effectiveOn: toIsoDay(s.effectiveOn) })),
  });
  const nameOf = await loadNames(tx, plan);
  const members = plan.members.map((member) => ({
    unitId: member.unitId,
    name: nameOf(member.unitId, member.leftOn === null ? yearEnd(year) : addDays(member.leftOn, -1)),
    joinedOn: member.joinedOn,
    leftOn: member.leftOn,
    continuing: member.continuing,
    mergedInto: member.mergedInto.map((id) => nameOf(id, yearEnd(year))),
    succeeds: member.succeeds.map((takeover) => ({
      name: nameOf(takeover.unitId, addDays(takeover.effectiveOn, -1)),
      effectiveOn: takeover.effectiveOn,
    })),
  }));
  const notCopied = plan.dropped.map((dropped) => ({
    unitId: dropped.unitId,
    name: nameOf(dropped.unitId, addDays(dropped.effectiveOn, -1)),
    mergedInto: dropped.mergedInto.map((id) => nameOf(id, yearEnd(year))),
    effectiveOn: dropped.effectiveOn,
  }));
  const stamp = JSON.stringify(plan.members.map((m) => [m.unitId, m.joinedOn, m.leftOn]));
  return { plan, preview: { year, members, notCopied, stamp } };
}

async function loadNames(tx: AppTransaction, plan: NextYearMembers) {
  const ids = new Set([
    ...plan.members.flatMap((m) => [m.unitId, ...m.mergedInto, ...m.succeeds.map((t) => t.unitId)]),
    ...plan.dropped.flatMap((d) => [d.unitId, ...d.mergedInto]),
  ]);
  const units = await tx.unit.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, ...UNIT_NAMES },
  });
  const byId = new Map(units.map((unit) => [unit.id, unit.names]));
  return (unitId: string, day: IsoDay) =>
    storedNameOn(byId.get(unitId) ?? [], day)?.name ?? "(đơn vị chưa có tên)";
}
