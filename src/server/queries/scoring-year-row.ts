import "server-only";
import type { EligibilityFlagKind } from "@/generated/prisma/enums";
import type { SelectedCriterion } from "@/server/queries/score-table/criterion-select";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";
import { rowReaderOf } from "@/server/database/row-reader";

// The year's own rows the engine reads — its rules, members and their dated names, ballot tallies,
// eligibility flags, and the score table in force with its criteria — in one query of one row,
// dates as 'YYYY-MM-DD' text. Through Prisma's relation loading the same rows took five queries
// and a query plan compiled per process, the largest part of a first ranking (bench:province).

export type ScoringYearRow = {
  year: number;
  /** As stored; the mapper parses them. */
  rules: unknown;
  memberships: {
    unitId: string;
    joinedOn: string;
    leftOn: string | null;
    names: { name: string; shortName: string; validFrom: string }[];
  }[];
  ballotTallies: { unitId: string; awardCode: string; votesFor: number; votersPresent: number }[];
  eligibilityFlags: { unitId: string; kind: EligibilityFlagKind; since: string; resolvedOn: string | null }[];
  /** The highest version; null before the year has one. */
  scoreTable: { id: string; version: number; maxPoints: number; criteria: SelectedCriterion[] } | null;
};

/** The bloc-year's row for the engine; throws if there is no such bloc-year. */
export async function loadScoringYearRow(
  prisma: AppPrismaClient | AppTransaction,
  blocYearId: string,
): Promise<ScoringYearRow> {
  const [row] = await rowReaderOf(prisma)<ScoringYearRow>(
    `SELECT b.year, b.rules,
      (SELECT coalesce(json_agg(json_build_object(
          'unitId', m."unitId", 'joinedOn', to_char(m."joinedOn", 'YYYY-MM-DD'),
          'leftOn', to_char(m."leftOn", 'YYYY-MM-DD'),
          'names', (SELECT coalesce(json_agg(json_build_object('name', n.name, 'shortName', n."shortName",
              'validFrom', to_char(n."validFrom", 'YYYY-MM-DD'))), '[]')
            FROM "UnitName" n WHERE n."unitId" = m."unitId")
        ) ORDER BY m."unitId"), '[]')
        FROM "Membership" m WHERE m."blocYearId" = b.id) AS memberships,
      (SELECT coalesce(json_agg(json_build_object('unitId', t."unitId", 'awardCode', t."awardCode",
          'votesFor', t."votesFor", 'votersPresent', t."votersPresent")), '[]')
        FROM "BallotTally" t WHERE t."blocYearId" = b.id) AS "ballotTallies",
      (SELECT coalesce(json_agg(json_build_object('unitId', f."unitId", 'kind', f.kind,
          'since', to_char(f.since, 'YYYY-MM-DD'), 'resolvedOn', to_char(f."resolvedOn", 'YYYY-MM-DD'))), '[]')
        FROM "EligibilityFlag" f WHERE f."blocYearId" = b.id) AS "eligibilityFlags",
      (SELECT json_build_object('id', s.id, 'version', s.version, 'maxPoints', s."maxPoints",
          'criteria', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'parentId', c."parentId",
              'code', c.code, 'title', c.title, 'kind', c.kind, 'maxPoints', c."maxPoints",
              'capPoints', c."capPoints", 'reducesId', c."reducesId", 'position', c.position)), '[]')
            FROM "Criterion" c WHERE c."scoreTableId" = s.id))
        FROM "ScoreTable" s WHERE s."blocYearId" = b.id ORDER BY s.version DESC LIMIT 1) AS "scoreTable"
    FROM "BlocYear" b WHERE b.id = $1`,
    [blocYearId],
  );
  if (!row) throw new Error(`No bloc-year ${blocYearId}.`);
  return row;
}
