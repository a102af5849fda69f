import "server-only";
import { toIsoDay } from "@/domain/calendar";
import type { SessionUser } from "@/server/auth/session-user";
import type { AppTransaction } from "@/server/database/connect";
import { ConflictError, UserFacingError } from "@/server/errors";
import { authorizeYearWrite } from "../writable-bloc-year";

export type YearContext = { id: string; year: number; blocId: string; provinceId: string };

/**
 * A manager's write to a bloc-year's set-up (members, roles, pledge), with the facts the
 * members' rules need (year, province).
 */
export async function authorizeMembersWrite(
  tx: AppTransaction,
  user: SessionUser,
  target: { blocYearId: string; activity: "members" | "roles" | "pledge" },
): Promise<YearContext> {
  const facts = await authorizeYearWrite(tx, { user, ...target });
  const row = await tx.blocYear.findUniqueOrThrow({
    where: { id: facts.id },
    select: { id: true, year: true, blocId: true, bloc: { select: { provinceId: true } } },
  });
  return { id: row.id, year: row.year, blocId: row.blocId, provinceId: row.bloc.provinceId };
}

/** Membership dates and elections belong to their year. */
export function assertWithinYear(date: Date, year: number, label: string): void {
  if (date.getUTCFullYear() !== year) throw new UserFacingError(`${label} phải nằm trong năm ${year}.`);
}

/**
 * Serialises writes that check a rule across several rows (one head per year, one name per
 * unit and day) — row versions cannot, since the rows may not exist yet.
 */
export async function lockFor(tx: AppTransaction, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

/** Prisma's unique-constraint violation (P2002), however the driver adapter wraps it. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error as { code: unknown }).code === "P2002"
  );
}

/** Runs a write and turns a unique violation (two people at once) into a Vietnamese message. */
export async function withUniqueMessage<T>(
  work: () => Promise<T>,
  message: string | (() => string),
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new UserFacingError(typeof message === "function" ? message() : message);
    throw error;
  }
}

/** A date as the audit log keeps it (yyyy-mm-dd); none is left out (SQL NULL). */
export const auditDay = (date: Date | null | undefined) => (date ? toIsoDay(date) : undefined);

/** As withUniqueMessage, for two people creating the same row at once: the loser gets a conflict. */
export async function withUniqueConflict<T>(work: () => Promise<T>, message: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(message);
    throw error;
  }
}
