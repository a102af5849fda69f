import "server-only";
import { stageAllows } from "@/domain/year-stages";
import { suggestNextRoles } from "@/domain/rotation/suggest-next-roles";
import { yearEnd } from "@/domain/calendar";
import type { AppPrismaClient } from "@/server/database/connect";
import { rolesStamp } from "@/server/mutations/members/roles-stamp";
import type { MembersPage } from "./get-members-page";
import { NAME_SELECT, namesOf } from "./unit-names";

/**
 * Next year's roles as the bloc's rotation rule suggests them from this year's, with the names
 * next year will use. Continuing units are next year's members if it exists, else this year's
 * members who have not left.
 */
export async function getRotationPreview(prisma: AppPrismaClient, page: MembersPage) {
  const nextYear = page.year + 1;
  const next = await prisma.blocYear.findFirst({
    where: { blocId: page.blocId, year: nextYear },
    select: {
      id: true,
      status: true,
      roles: { select: { id: true, version: true } },
      memberships: { where: { leftOn: null }, select: { unitId: true } },
    },
  });
  const continuing = next
    ? next.memberships.map((m) => m.unitId)
    : page.members.filter((m) => m.leftOn === null).map((m) => m.unitId);
  const suggestion = suggestNextRoles({
    rule: page.rotationRule,
    roles: page.roles,
    continuingUnitIds: new Set(continuing),
  });
  if (!suggestion) return { nextYear, manual: true as const };
  const units = await prisma.unit.findMany({
    where: { id: { in: suggestion.roles.map((role) => role.unitId) } },
    select: { id: true, names: NAME_SELECT },
  });
  const nameOf = (unitId: string) =>
    namesOf(units.find((unit) => unit.id === unitId)?.names ?? [], yearEnd(nextYear)).name;
  return {
    nextYear,
    manual: false as const,
    roles: suggestion.roles.map((role) => ({ ...role, name: nameOf(role.unitId) })),
    openSeats: suggestion.openSeats,
    next: next && {
      id: next.id,
      rolesOpen: stageAllows(next.status, "roles"),
      rolesStamp: rolesStamp(next.roles),
      hasRoles: next.roles.length > 0,
    },
  };
}

export type RotationPreview = Awaited<ReturnType<typeof getRotationPreview>>;
