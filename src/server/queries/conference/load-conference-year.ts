import "server-only";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import type {
  ConferenceData,
  ConferenceMember,
  ConferenceResults,
} from "@/domain/conference/conference-data";
import { compareVietnamese } from "@/domain/text/vietnamese-order";
import { type IsoDay, toIsoDay, yearEnd } from "@/domain/calendar";
import { type BlocRoleCode, blocRoleRank } from "@/domain/vocabulary";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { findNextBlocYearId } from "@/server/queries/find-next-bloc-year-id";

type NamedUnit = { names: { name: string; shortName: string; validFrom: Date }[] };

const nameOn = (unit: NamedUnit, day: IsoDay) => storedNameOn(unit.names, day)?.name ?? "";

/** The bloc-year's facts around the results (members, pledge, next year's roles), if the user may view it. */
export async function loadConferenceYear(
  prisma: AppPrismaClient,
  where: { user: SessionUser; blocId?: string; year?: number; blocYearId?: string },
) {
  const row = await prisma.blocYear.findFirst({
    where: {
      id: where.blocYearId,
      blocId: where.blocId,
      year: where.year,
      AND: [blocYearsAllowed(where.user, "view")],
    },
    select: {
      id: true,
      year: true,
      status: true,
      membersSeeProvisional: true,
      blocId: true,
      bloc: { select: { id: true, name: true, province: { select: { name: true } } } },
      memberships: { select: { unitId: true, unit: NAMED_UNIT } },
      roles: { select: { unitId: true, role: true } },
      pledge: {
        select: {
          title: true,
          signedOn: true,
          signatures: { select: { unitId: true, signerName: true, signerTitle: true, signedOn: true } },
        },
      },
    },
  });
  if (!row) return null;
  const nextYearId = await findNextBlocYearId(prisma, row);
  const nextRoles = nextYearId
    ? await prisma.roleAssignment.findMany({
        where: { blocYearId: nextYearId },
        select: { role: true, electedOn: true, unit: NAMED_UNIT },
      })
    : null;
  const facts: Omit<ConferenceData, keyof ConferenceResults> = {
    blocYearId: row.id,
    bloc: { id: row.bloc.id, name: row.bloc.name, province: row.bloc.province.name },
    year: row.year,
    members: membersOf(row),
    pledge: row.pledge && {
      title: row.pledge.title,
      signedOn: row.pledge.signedOn && toIsoDay(row.pledge.signedOn),
    },
    nextYear: nextRoles && {
      year: row.year + 1,
      roles: nextRoles
        .map((role) => ({
          role: role.role,
          name: nameOn(role.unit, toIsoDay(role.electedOn)),
          electedOn: toIsoDay(role.electedOn),
        }))
        .sort((a, b) => blocRoleRank(a.role) - blocRoleRank(b.role) || compareVietnamese(a.name, b.name)),
    },
  };
  return {
    id: row.id,
    status: row.status,
    membersSeeProvisional: row.membersSeeProvisional,
    nextYearId,
    facts,
  };
}

type YearRow = {
  year: number;
  memberships: { unitId: string; unit: NamedUnit }[];
  roles: { unitId: string; role: BlocRoleCode }[];
  pledge: {
    signatures: { unitId: string; signerName: string; signerTitle: string; signedOn: Date }[];
  } | null;
};

// Leaders first (head, standing deputy, deputies), then the other members alphabetically.
function membersOf(row: YearRow): ConferenceMember[] {
  const members = row.memberships.map((membership) => {
    const signature = row.pledge?.signatures.find((s) => s.unitId === membership.unitId);
    return {
      unitId: membership.unitId,
      name: nameOn(membership.unit, yearEnd(row.year)),
      role: row.roles.find((r) => r.unitId === membership.unitId)?.role ?? null,
      signature: signature
        ? {
            signerName: signature.signerName,
            signerTitle: signature.signerTitle,
            signedOn: toIsoDay(signature.signedOn),
          }
        : null,
    };
  });
  return members.sort(
    (a, b) => blocRoleRank(a.role) - blocRoleRank(b.role) || compareVietnamese(a.name, b.name),
  );
}
