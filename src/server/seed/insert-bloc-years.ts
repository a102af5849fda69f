import { fromIsoDay, yearStart } from "@/domain/calendar";
import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_SCORING_RULES } from "@/domain/scoring";
import { SEED_BLOCS } from "./blocs";
import { insertScoreTables } from "./insert-score-tables";
import type { SeededOrganisation } from "./insert-organisation";
import { idFor } from "./refs";

export type SeededBlocYear = { id: string; taskCriterionId: string };

/** Key of a bloc-year in the maps below, e.g. "KTKT:2024". */
export function blocYearKey(blocCode: string, year: number): string {
  return `${blocCode}:${year}`;
}

/** Every seeded bloc-year with its memberships, elected roles and default score table. */
export async function insertBlocYears(
  tx: Prisma.TransactionClient,
  organisation: SeededOrganisation,
): Promise<ReadonlyMap<string, SeededBlocYear>> {
  const { unitIds, blocIds } = organisation;
  const years = SEED_BLOCS.flatMap((bloc) => bloc.years.map((year) => ({ bloc, year })));
  const rows = await tx.blocYear.createManyAndReturn({
    data: years.map(({ bloc, year }) => ({
      blocId: idFor(blocIds, bloc.code),
      year: year.year,
      status: year.status,
      // ScoringRules holds only JSON values (rules.ts) but, being an interface, lacks the index
      // signature Prisma's JSON input type asks for.
      rules: DEFAULT_SCORING_RULES as unknown as Prisma.InputJsonObject,
    })),
    select: { id: true, blocId: true, year: true },
  });
  const blocYearIds = new Map(rows.map((row) => [`${row.blocId}:${row.year}`, row.id]));
  const seeded = years.map(({ bloc, year }) => ({
    key: blocYearKey(bloc.code, year.year),
    blocYearId: idFor(blocYearIds, `${idFor(blocIds, bloc.code)}:${year.year}`),
    year,
  }));

  await tx.membership.createMany({
    data: seeded.flatMap(({ blocYearId, year }) =>
      year.members.map((code) => ({
        blocYearId,
        unitId: idFor(unitIds, code),
        joinedOn: fromIsoDay(yearStart(year.year)),
      })),
    ),
  });
  await tx.roleAssignment.createMany({
    data: seeded.flatMap(({ blocYearId, year }) =>
      year.roles.map(({ unit, role, electedOn, decisionRef }) => ({
        blocYearId,
        unitId: idFor(unitIds, unit),
        role,
        electedOn: fromIsoDay(electedOn),
        decisionRef,
      })),
    ),
  });
  const taskCriterionIds = await insertScoreTables(
    tx,
    seeded.map(({ blocYearId, year }) => ({ blocYearId, year: year.year, programme: year.programme })),
  );
  return new Map(
    seeded.map(({ key, blocYearId }) => [
      key,
      { id: blocYearId, taskCriterionId: idFor(taskCriterionIds, blocYearId) },
    ]),
  );
}
