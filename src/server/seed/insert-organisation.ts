import { fromIsoDay } from "@/domain/calendar";
import type { Prisma } from "@/generated/prisma/client";
import { SEED_BLOCS } from "./blocs";
import {
  KTKT_UNITS,
  MERGED_UNIT,
  MERGER_DATE,
  MERGER_DECISION_REF,
  NAMES_ENDING_AT_MERGER,
  NAMES_VALID_FROM,
  PROVINCE_LAO_CAI,
  PROVINCE_YEN_BAI,
  SUCCESSIONS,
  VHXH_UNITS,
} from "./members";
import { idFor } from "./refs";

export type SeededOrganisation = {
  provinceId: string;
  /** Unit id by unit code. */
  unitIds: ReadonlyMap<string, string>;
  /** Bloc id by bloc code. */
  blocIds: ReadonlyMap<string, string>;
};

/** Provinces, units with their dated names and 2025 successions, and blocs. */
export async function insertOrganisation(tx: Prisma.TransactionClient): Promise<SeededOrganisation> {
  const laoCai = await tx.province.create({ data: PROVINCE_LAO_CAI, select: { id: true } });
  const yenBai = await tx.province.create({
    data: { ...PROVINCE_YEN_BAI, mergedIntoId: laoCai.id },
    select: { id: true },
  });
  const provinceId = yenBai.id;
  const unitIds = await insertUnits(tx, provinceId);
  await tx.unitSuccession.createMany({
    data: SUCCESSIONS.map(({ predecessor, successor }) => ({
      predecessorId: idFor(unitIds, predecessor),
      successorId: idFor(unitIds, successor),
      effectiveOn: fromIsoDay(MERGER_DATE),
      decisionRef: MERGER_DECISION_REF,
    })),
  });
  const blocs = await tx.bloc.createManyAndReturn({
    data: SEED_BLOCS.map(({ code, name, foundedOn }) => ({
      provinceId,
      code,
      name,
      foundedOn: fromIsoDay(foundedOn),
    })),
    select: { id: true, code: true },
  });
  return { provinceId, unitIds, blocIds: new Map(blocs.map((bloc) => [bloc.code, bloc.id])) };
}

async function insertUnits(
  tx: Prisma.TransactionClient,
  provinceId: string,
): Promise<ReadonlyMap<string, string>> {
  const existing = [...KTKT_UNITS, ...VHXH_UNITS];
  const units = await tx.unit.createManyAndReturn({
    data: [...existing, MERGED_UNIT].map(({ code }) => ({ provinceId, code })),
    select: { id: true, code: true },
  });
  const unitIds = new Map(units.map((unit) => [unit.code, unit.id]));
  await tx.unitName.createMany({
    data: [
      ...existing.map(({ code, name, shortName }) => ({
        unitId: idFor(unitIds, code),
        name,
        shortName,
        validFrom: fromIsoDay(NAMES_VALID_FROM),
        // Merged-away units keep their name for the years before the merger.
        validTo: NAMES_ENDING_AT_MERGER.has(code) ? fromIsoDay(MERGER_DATE) : null,
      })),
      {
        unitId: idFor(unitIds, MERGED_UNIT.code),
        name: MERGED_UNIT.name,
        shortName: MERGED_UNIT.shortName,
        validFrom: fromIsoDay(MERGER_DATE),
      },
    ],
  });
  return unitIds;
}
