import "server-only";
import { todayInVietnam, toIsoDay, yearEnd } from "@/domain/calendar";
import { loadNextYearRoles } from "@/server/queries/conference/load-next-year-roles";
import { NAMED_UNIT, storedNameOn } from "@/server/queries/unit-names-select";
import type { RankingResult } from "@/domain/scoring";
import type { SnapshotContent } from "@/domain/snapshot/snapshot-content";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { AppTransaction } from "@/server/database/connect";
import { OBJECTION_RECORD_SELECT } from "@/server/queries/disputes/objection-select";
import { CRITERION_SELECT } from "@/server/queries/score-table/criterion-select";

/**
 * The rows a snapshot freezes beside the engine's result: names as of the year, the table in
 * force, roles, the pledge, next year's elected roles and the proposals as they stand now.
 */
export async function loadSnapshotFacts(
  tx: AppTransaction,
  options: { blocYearId: string; number: number; reason: string | null; asOf: string; result: RankingResult },
): Promise<Omit<SnapshotContent, "format">> {
  const row = await tx.blocYear.findUniqueOrThrow({
    where: { id: options.blocYearId },
    select: {
      blocId: true,
      year: true,
      rules: true,
      roles: { select: { unitId: true, role: true } },
      pledge: {
        select: {
          title: true,
          signedOn: true,
          signatures: { select: { unitId: true, signerName: true, signerTitle: true, signedOn: true } },
        },
      },
      bloc: { select: { id: true, code: true, name: true, province: { select: { name: true } } } },
      memberships: {
        select: {
          unitId: true,
          joinedOn: true,
          leftOn: true,
          unit: NAMED_UNIT,
        },
      },
      scoreTables: {
        orderBy: { version: "desc" },
        take: 1,
        select: {
          id: true,
          version: true,
          title: true,
          maxPoints: true,
          criteria: { select: CRITERION_SELECT },
        },
      },
      ballotTallies: { select: { unitId: true, awardCode: true, votesFor: true, votersPresent: true } },
      proposals: {
        select: {
          unitId: true,
          awardCode: true,
          status: true,
          decisionNumber: true,
          decisionDate: true,
          eligibilityReason: true,
        },
      },
      objections: { select: OBJECTION_RECORD_SELECT },
    },
  });
  const table = row.scoreTables[0];
  const nextYear = await loadNextYearRoles(tx, row);
  return {
    number: options.number,
    reason: options.reason,
    bloc: { id: row.bloc.id, code: row.bloc.code, name: row.bloc.name, province: row.bloc.province.name },
    year: row.year,
    asOf: options.asOf,
    members: row.memberships.map((membership) => {
      const name = storedNameOn(membership.unit.names, yearEnd(row.year));
      return {
        unitId: membership.unitId,
        name: name?.name ?? "",
        shortName: name?.shortName ?? "",
        joinedOn: toIsoDay(membership.joinedOn),
        leftOn: membership.leftOn && toIsoDay(membership.leftOn),
      };
    }),
    scoreTable: table
      ? {
          id: table.id,
          version: table.version,
          title: table.title,
          maxPoints: table.maxPoints,
          criteria: table.criteria,
        }
      : null,
    rules: scoringRulesSchema.parse(row.rules),
    result: options.result,
    ballotTallies: row.ballotTallies,
    proposals: row.proposals.map((proposal) => ({
      ...proposal,
      decisionDate: proposal.decisionDate && toIsoDay(proposal.decisionDate),
    })),
    roles: row.roles,
    pledge: row.pledge && {
      title: row.pledge.title,
      signedOn: row.pledge.signedOn && toIsoDay(row.pledge.signedOn),
      signatures: row.pledge.signatures.map((signature) => ({
        ...signature,
        signedOn: toIsoDay(signature.signedOn),
      })),
    },
    nextYear: nextYear && { year: nextYear.year, roles: nextYear.roles },
    objections: row.objections.map(({ criterion, filedAt, resolvedAt, ...objection }) => ({
      ...objection,
      criterionCode: criterion.code,
      criterionTitle: criterion.title,
      filedOn: todayInVietnam(filedAt),
      resolvedOn: resolvedAt && todayInVietnam(resolvedAt),
    })),
  };
}
