import "server-only";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import type { ConferenceMember } from "@/domain/conference/conference-data";
import { orderMembers, orderRoles, type ConferenceFacts } from "@/domain/conference/conference-facts";
import { toIsoDay, yearEnd } from "@/domain/calendar";
import { pledgeTally, yearEndMembers } from "@/domain/membership";
import { spanOf } from "@/server/mappers/membership-span";
import type { BlocRoleCode } from "@/domain/vocabulary";
import type { SessionUser } from "@/server/auth/session-user";
import { blocYearsAllowed, yearVisibility } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { loadConferenceBallot } from "./load-conference-ballot";
import { loadNextYearRoles } from "./load-next-year-roles";

type NamedUnit = { names: { name: string; shortName: string; validFrom: Date }[] };

/**
 * The bloc-year's facts around the results (members, pledge, next year's roles) read live, if the
 * user may view it. A published year's documents take these from its snapshot instead.
 */
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
      bloc: {
        select: {
          id: true,
          name: true,
          province: { select: { name: true } },
          provinceId: true,
          secretariatFollowsHeadUnit: true,
        },
      },
      memberships: { select: { unitId: true, joinedOn: true, leftOn: true, unit: NAMED_UNIT } },
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
  const nextYear = await loadNextYearRoles(prisma, row);
  const members = membersOf(row);
  const facts: ConferenceFacts = {
    blocYearId: row.id,
    bloc: { id: row.bloc.id, name: row.bloc.name, province: row.bloc.province.name },
    year: row.year,
    members,
    pledge: row.pledge && pledgeFacts(row, row.pledge),
    nextYear: nextYear && {
      year: nextYear.year,
      roles: orderRoles(nextYear.roles.map(({ role, name, electedOn }) => ({ role, name, electedOn }))),
    },
    ballot: await loadConferenceBallot(
      prisma,
      row.id,
      (unitId) => members.find((member) => member.unitId === unitId)?.name ?? "",
    ),
  };
  return {
    id: row.id,
    ...yearVisibility({ ...row, roles: row.roles.filter((held) => held.role === "HEAD") }),
    nextYearId: nextYear?.blocYearId ?? null,
    facts,
  };
}

type YearRow = {
  year: number;
  memberships: { unitId: string; joinedOn: Date; leftOn: Date | null; unit: NamedUnit }[];
  roles: { unitId: string; role: BlocRoleCode }[];
  pledge: {
    signatures: { unitId: string; signerName: string; signerTitle: string; signedOn: Date }[];
  } | null;
};

function pledgeFacts(
  row: YearRow,
  pledge: NonNullable<YearRow["pledge"]> & { title: string; signedOn: Date | null },
): ConferenceFacts["pledge"] {
  const signedOn = pledge.signedOn && toIsoDay(pledge.signedOn);
  const signedUnitIds = pledge.signatures.map((signature) => signature.unitId);
  const tally = pledgeTally(row.memberships.map(spanOf), { year: row.year, signedOn, signedUnitIds });
  return { title: pledge.title, signedOn, ...tally };
}

/** The members that closed the year (a unit that merged away is not one of the meeting's members). */
function membersOf(row: YearRow): ConferenceMember[] {
  const closing = new Set(yearEndMembers(row.memberships.map(spanOf), row.year).map((span) => span.unitId));
  return orderMembers(
    row.memberships
      .filter((membership) => closing.has(membership.unitId))
      .map((membership) => {
        const signature = row.pledge?.signatures.find((s) => s.unitId === membership.unitId);
        return {
          unitId: membership.unitId,
          name: storedNameOn(membership.unit.names, yearEnd(row.year))?.name ?? "",
          role: row.roles.find((r) => r.unitId === membership.unitId)?.role ?? null,
          signature: signature
            ? {
                signerName: signature.signerName,
                signerTitle: signature.signerTitle,
                signedOn: toIsoDay(signature.signedOn),
              }
            : null,
        };
      }),
  );
}
