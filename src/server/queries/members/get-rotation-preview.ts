import "server-only";
import { stageAllows } from "@/domain/year-stages";
import { suggestNextRoles } from "@/domain/rotation/suggest-next-roles";
import { yearEnd } from "@/domain/calendar";
import { membersOn, yearEndMembers } from "@/domain/membership";
import type { AppPrismaClient } from "@/server/database/connect";
import { spanOf } from "@/server/mappers/membership-span";
import { rolesStamp } from "@/server/mutations/members/roles-stamp";
import type { MembersPage } from "./get-members-page";
import { loadNextYearPlan } from "./next-year-plan";
import { NAME_SELECT, namesOf } from "./unit-names";

/**
 * Next year's roles as the bloc's rotation rule suggests them from this year's, with the names
 * next year will use. Only units that will close next year may be suggested (yearEndMembers of
 * next year): of next year's memberships once it exists, else of the member list "Tạo năm N+1"
 * would write, recorded mergers applied — a deputy merging away on 01/03 is not proposed as head.
 */
export async function getRotationPreview(prisma: AppPrismaClient, page: MembersPage) {
  const nextYear = page.year + 1;
  const next = await prisma.blocYear.findFirst({
    where: { blocId: page.blocId, year: nextYear },
    select: {
      id: true,
      status: true,
      roles: { select: { id: true, version: true } },
      memberships: { select: { unitId: true, joinedOn: true, leftOn: true } },
    },
  });
  const nextSpans = next ? next.memberships.map(spanOf) : await plannedMembers(prisma, page);
  const continuing = yearEndMembers(nextSpans, nextYear).map((span) => span.unitId);
  const suggestion = suggestNextRoles({
    rule: page.rotationRule,
    roles: page.roles,
    continuingUnitIds: new Set(continuing),
  });
  if (!suggestion) return { nextYear, manual: true as const };
  const named = [...suggestion.roles, ...suggestion.skipped].map((role) => role.unitId);
  const units = await prisma.unit.findMany({
    where: { id: { in: named } },
    select: { id: true, names: NAME_SELECT },
  });
  const nameOf = (unitId: string) =>
    namesOf(units.find((unit) => unit.id === unitId)?.names ?? [], yearEnd(nextYear)).name;
  return {
    nextYear,
    manual: false as const,
    roles: suggestion.roles.map((role) => ({ ...role, name: nameOf(role.unitId) })),
    openSeats: suggestion.openSeats,
    // Why a deputy is passed over: the day it leaves next year (e.g. merged away), or null when
    // it is not a member of next year at all.
    skipped: suggestion.skipped.map((held) => ({
      ...held,
      name: nameOf(held.unitId),
      leavesOn: nextSpans.find((span) => span.unitId === held.unitId && span.leftOn !== null)?.leftOn ?? null,
    })),
    next: next && {
      id: next.id,
      rolesOpen: stageAllows(next.status, "roles"),
      rolesStamp: rolesStamp(next.roles),
      hasRoles: next.roles.length > 0,
    },
  };
}

/** Next year's memberships as "Tạo năm N+1" would write them (nothing is written). */
async function plannedMembers(prisma: AppPrismaClient, page: MembersPage) {
  const { provinceId } = await prisma.bloc.findUniqueOrThrow({
    where: { id: page.blocId },
    select: { provinceId: true },
  });
  // The same year-end members "Tạo năm N+1" copies (create-next-bloc-year.ts).
  const continuingUnitIds = membersOn(page.members.map(spanOf), yearEnd(page.year)).map((s) => s.unitId);
  const { plan } = await prisma.$transaction((tx) =>
    loadNextYearPlan(tx, { year: page.year, provinceId, continuingUnitIds }),
  );
  return plan.members;
}

export type RotationPreview = Awaited<ReturnType<typeof getRotationPreview>>;
