import type { AppPrismaClient } from "@/server/database/connect";
import { TASKED_BLOC_YEAR } from "./blocs";
import { blocYearKey, insertBlocYears } from "./insert-bloc-years";
import { insertOrganisation } from "./insert-organisation";
import { insertTaskedYear } from "./insert-tasked-year";
import { hashDemoPassword, insertUsers } from "./insert-users";

// Serialises seeding across app instances starting at once on one empty database.
const SEED_LOCK = 72707371;

/**
 * Loads the Yên Bái demo (two blocs, 2023–2024, the 43 tasks of 188-CTr/TU, demo accounts) into a
 * database without any province. Everything goes in one transaction, so a failure leaves nothing.
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
      const blocYears = await insertBlocYears(tx, organisation);
      const taskedYear = blocYears.get(blocYearKey(TASKED_BLOC_YEAR.bloc, TASKED_BLOC_YEAR.year));
      if (!taskedYear) throw new Error("The tasked bloc-year is missing from SEED_BLOCS");
      await insertTaskedYear(tx, {
        provinceId: organisation.provinceId,
        unitIds: organisation.unitIds,
        blocYear: taskedYear,
      });
      await insertUsers(tx, organisation, passwordHash);
      return { seeded: true };
    },
    { timeout: 60_000 },
  );
}
