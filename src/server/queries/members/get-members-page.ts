import "server-only";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import { yearEnd } from "@/domain/calendar";
import { blocRoleRank } from "@/domain/vocabulary";
import type { SessionUser } from "@/server/auth/session-user";
import { blocsManageableBy, blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { rolesStamp } from "@/server/mutations/members/roles-stamp";
import { NAME_SELECT, namesOf } from "./unit-names";

/**
 * The members tab of a bloc-year: members with dates and roles, the province's other units, and
 * the bloc's rotation rule with whether the user may change it.
 */
export async function getMembersPage(prisma: AppPrismaClient, user: SessionUser, blocYearId: string) {
  const row = await prisma.blocYear.findFirst({
    where: { id: blocYearId, AND: [blocYearsAllowed(user, "view")] },
    select: {
      id: true,
      year: true,
      blocId: true,
      bloc: {
        select: { provinceId: true, rotationRule: true, secretariatFollowsHeadUnit: true, version: true },
      },
      memberships: {
        select: {
          id: true,
          version: true,
          joinedOn: true,
          leftOn: true,
          unit: { select: { id: true, code: true, names: NAME_SELECT } },
        },
      },
      roles: {
        orderBy: [{ electedOn: "asc" }, { id: "asc" }],
        select: { id: true, version: true, unitId: true, role: true, electedOn: true, decisionRef: true },
      },
    },
  });
  if (!row) return null;
  const date = yearEnd(row.year);
  const members = row.memberships.map(({ unit, ...membership }) => {
    const role = row.roles.find((candidate) => candidate.unitId === unit.id) ?? null;
    return {
      ...membership,
      membershipId: membership.id,
      unitId: unit.id,
      code: unit.code,
      ...namesOf(unit.names, date),
      role,
    };
  });
  members.sort(
    (a, b) => blocRoleRank(a.role?.role) - blocRoleRank(b.role?.role) || compareVietnamese(a.name, b.name),
  );
  const memberIds = new Set(members.map((member) => member.unitId));
  const units = await prisma.unit.findMany({
    where: { provinceId: row.bloc.provinceId },
    select: { id: true, code: true, names: NAME_SELECT },
  });
  const manageableBlocs = await prisma.bloc.count({
    where: { id: row.blocId, AND: [blocsManageableBy(user)] },
  });
  const otherUnits = units
    .filter((unit) => !memberIds.has(unit.id))
    .map((unit) => ({ id: unit.id, code: unit.code, name: namesOf(unit.names, date).latestName }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
  return {
    id: row.id,
    year: row.year,
    blocId: row.blocId,
    rotationRule: row.bloc.rotationRule,
    secretariatFollowsHeadUnit: row.bloc.secretariatFollowsHeadUnit,
    blocVersion: row.bloc.version,
    canSetRotationRule: manageableBlocs > 0,
    members,
    roles: row.roles,
    rolesStamp: rolesStamp(row.roles),
    otherUnits,
  };
}

export type MembersPage = NonNullable<Awaited<ReturnType<typeof getMembersPage>>>;
export type MemberRow = MembersPage["members"][number];
