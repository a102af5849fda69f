import "server-only";
import type { AppPrismaClient } from "@/server/database/connect";

// Kept in PostgreSQL so every app instance counts the same failures.
const WINDOW_SECONDS = 15 * 60;
const LOCK_SECONDS = 15 * 60;
const LIMITS = { user: 5, ip: 20 } as const;

export type ThrottleKey = { kind: keyof typeof LIMITS; value: string };

const keyOf = (key: ThrottleKey) => `${key.kind}:${key.value}`;

/** The stored key of an account's failure count (a password reset clears it inside its own transaction). */
export const accountThrottleKey = (username: string) => keyOf({ kind: "user", value: username });

/** Seconds until the longest lock among the keys ends, or 0 when none is locked. */
export async function secondsLocked(prisma: AppPrismaClient, keys: ThrottleKey[]): Promise<number> {
  const rows = await prisma.$queryRaw<{ seconds: number }[]>`
    SELECT COALESCE(MAX(EXTRACT(EPOCH FROM ("lockedUntil" - now()))), 0)::float8 AS seconds
    FROM "LoginThrottle" WHERE key = ANY(${keys.map(keyOf)}::text[]) AND "lockedUntil" > now()`;
  return Math.ceil(rows[0]?.seconds ?? 0);
}

/** Counts one failure per key (atomically, in one statement) and locks a key at its limit. */
export async function recordFailure(prisma: AppPrismaClient, keys: ThrottleKey[]): Promise<void> {
  for (const key of keys) {
    await prisma.$executeRaw`
      INSERT INTO "LoginThrottle" (key, failures, "windowStartsAt", "lockedUntil")
      VALUES (${keyOf(key)}, 1, now(), NULL)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "LoginThrottle"."windowStartsAt" < now() - make_interval(secs => ${WINDOW_SECONDS})
                        THEN 1 ELSE "LoginThrottle".failures + 1 END,
        "windowStartsAt" = CASE WHEN "LoginThrottle"."windowStartsAt" < now() - make_interval(secs => ${WINDOW_SECONDS})
                        THEN now() ELSE "LoginThrottle"."windowStartsAt" END,
        "lockedUntil" = CASE WHEN "LoginThrottle"."windowStartsAt" >= now() - make_interval(secs => ${WINDOW_SECONDS})
                             AND "LoginThrottle".failures + 1 >= ${LIMITS[key.kind]}
                        THEN now() + make_interval(secs => ${LOCK_SECONDS}) ELSE NULL END`;
  }
}

/** A successful sign-in clears the account's count, not the address's. */
export async function clearFailures(prisma: AppPrismaClient, key: ThrottleKey): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: keyOf(key) } });
}
