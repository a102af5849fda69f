import type { AppPrismaClient } from "@/server/database/connect";
import { blocYearKey, insertBlocYears } from "./insert-bloc-years";
import { insertOrganisation } from "./insert-organisation";
import { insertScoreSheets } from "./insert-score-sheets";
import { insertTaskedYear } from "./insert-tasked-year";
import { hashDemoPassword, insertUsers } from "./insert-users";
import { publish2023 } from "./publish-2023";
import { SCORE_SHEETS_2023, SCORE_SHEETS_2024 } from "./score-sheets";
import { TASKED_YEARS } from "./tasked-years";

// Serialises seeding across app instances starting at once on one empty database.
const SEED_LOCK = 72707371;

/**
 * Loads the Yên Bái demo into a database without any province: two blocs; KTKT's 2023 published
 * at the conference of 12/01/2024 and its 2024 being scored (the 43 tasks of 188-CTr/TU); demo
 * accounts. Everything goes in one transaction, so a failure leaves nothing.
 */
export async function seedDemo(prisma: AppPrismaClient): Promise<{ seeded: boolean }> {
  // Checked first without the lock so that the usual start, on a seeded database, skips hashing.
  if ((await prisma.province.count()) > 0) return { seeded: false };
  const passwordHash = await hashDemoPassword();
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      if ((await tx.province.count()) > 0) return { seeded: false };
      const organisation = await insertOrganisation(tx);
      const { provinceId, unitIds } = organisation;
      const blocYears = await insertBlocYears(tx, organisation);
      const blocYearOf = (bloc: string, year: number) => {
        const blocYear = blocYears.get(blocYearKey(bloc, year));
        if (!blocYear) throw new Error(`Seed data refers to ${bloc} ${year}, missing from SEED_BLOCS`);
        return blocYear;
      };
      for (const data of TASKED_YEARS) {
        await insertTaskedYear(tx, { provinceId, unitIds, blocYear: blocYearOf(data.bloc, data.year), data });
      }
      await insertUsers(tx, organisation, passwordHash);
      const ktkt2023 = blocYearOf("KTKT", 2023).id;
      await insertScoreSheets(tx, { blocYearId: ktkt2023, unitIds, sheets: SCORE_SHEETS_2023 });
      await insertScoreSheets(tx, {
        blocYearId: blocYearOf("KTKT", 2024).id,
        unitIds,
        sheets: SCORE_SHEETS_2024,
      });
      await publish2023(tx, { blocYearId: ktkt2023, unitIds });
      return { seeded: true };
    },
    { timeout: 60_000 },
  );
}
