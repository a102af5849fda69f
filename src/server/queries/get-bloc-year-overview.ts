import "server-only";
import { storedNameOn, UNIT_NAMES } from "@/server/queries/unit-names-select";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import { todayInVietnam, toIsoDay, yearEnd } from "@/domain/calendar";
import { dayOfYear, isMemberOn, pledgeTally } from "@/domain/membership";
import { spanOf } from "@/server/mappers/membership-span";
import { blocRoleRank } from "@/domain/vocabulary";
import type { TaskStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";

/**
 * A bloc-year as its overview page shows it, or null when it does not exist or is not the user's
 * to see. The members listed are those of `membersOn` (today within the year, so 31/12 once it is
 * over); the pledge count is of the units that owe it a signature (owingPledge). A unit that left
 * is counted in `departed` and shown on the members page with its leaving date.
 */
export async function getBlocYearOverview(
  prisma: AppPrismaClient,
  where: { user: SessionUser; blocId: string; year: number },
) {
  const { user } = where;
  const row = await findBlocYear(prisma, where);
  if (!row) return null;
  const [taskGroups, manageable] = await Promise.all([
    prisma.task.groupBy({ by: ["status"], where: { blocYearId: row.id }, _count: { _all: true } }),
    prisma.blocYear.count({ where: { id: row.id, AND: [blocYearsAllowed(user, "manage")] } }),
  ]);
  const nameDate = yearEnd(row.year);
  const memberDay = dayOfYear(row.year, todayInVietnam());
  const signedOn = row.pledge?.signedOn ? toIsoDay(row.pledge.signedOn) : null;
  const current = row.memberships.filter((membership) => isMemberOn(spanOf(membership), memberDay));
  const members = current.map((membership) => {
    const name = storedNameOn(membership.unit.names, nameDate);
    const role = row.roles.find((r) => r.unitId === membership.unit.id);
    const signature = row.pledge?.signatures.find((s) => s.unitId === membership.unit.id) ?? null;
    return {
      unitId: membership.unit.id,
      name: name?.name ?? "",
      shortName: name?.shortName ?? "",
      joinedOn: membership.joinedOn,
      leftOn: membership.leftOn,
      role: role ?? null,
      signature,
    };
  });
  // Leaders first (head, standing deputy, deputies), then the other members alphabetically.
  members.sort(
    (a, b) => blocRoleRank(a.role?.role) - blocRoleRank(b.role?.role) || compareVietnamese(a.name, b.name),
  );
  const taskCounts = Object.fromEntries(taskGroups.map((g) => [g.status, g._count._all])) as Partial<
    Record<TaskStatus, number>
  >;
  return {
    id: row.id,
    year: row.year,
    status: row.status,
    version: row.version,
    membersSeeProvisional: row.membersSeeProvisional,
    bloc: row.bloc,
    pledge: row.pledge && {
      title: row.pledge.title,
      signedOn: row.pledge.signedOn,
      ...pledgeTally(row.memberships.map(spanOf), {
        year: row.year,
        signedOn,
        signedUnitIds: row.pledge.signatures.map((signature) => signature.unitId),
      }),
    },
    membersOn: memberDay,
    members,
    departed: row.memberships.filter((m) => m.leftOn !== null && toIsoDay(m.leftOn) <= memberDay).length,
    taskCounts,
    canManage: manageable > 0,
  };
}

export type BlocYearOverview = NonNullable<Awaited<ReturnType<typeof getBlocYearOverview>>>;

function findBlocYear(
  prisma: AppPrismaClient,
  { user, blocId, year }: { user: SessionUser; blocId: string; year: number },
) {
  return prisma.blocYear.findFirst({
    where: { blocId, year, AND: [blocYearsAllowed(user, "view")] },
    select: {
      id: true,
      year: true,
      status: true,
      version: true,
      membersSeeProvisional: true,
      bloc: { select: { id: true, name: true, province: { select: { name: true } } } },
      memberships: {
        select: {
          unitId: true,
          joinedOn: true,
          leftOn: true,
          unit: { select: { id: true, ...UNIT_NAMES } },
        },
      },
      roles: { select: { role: true, electedOn: true, decisionRef: true, unitId: true } },
      pledge: {
        select: {
          title: true,
          signedOn: true,
          signatures: { select: { unitId: true, signerName: true, signerTitle: true, signedOn: true } },
        },
      },
    },
  });
}
