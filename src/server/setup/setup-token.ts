import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { AppPrismaClient, AppTransaction } from "@/server/database/connect";

/** The environment, of which only SETUP_TOKEN is read. */
export type SetupTokenEnv = Record<string, string | undefined>;

type Db = AppPrismaClient | AppTransaction;

/** SETUP_TOKEN when the operator set one, else the token kept in the database (if any). */
async function expectedToken(db: Db, env: SetupTokenEnv): Promise<string | null> {
  if (env.SETUP_TOKEN) return env.SETUP_TOKEN;
  const row = await db.setupToken.findUnique({ where: { id: 1 }, select: { token: true } });
  return row?.token ?? null;
}

/**
 * The token the first-run page asks for while the database has no user (null once one exists).
 * Generated once and kept in the database, so every instance accepts the same one and each
 * start can print it again.
 */
export async function ensureSetupToken(
  prisma: AppPrismaClient,
  env: SetupTokenEnv,
): Promise<{ token: string; fromEnv: boolean } | null> {
  if (await prisma.user.findFirst({ select: { id: true } })) return null;
  if (env.SETUP_TOKEN) return { token: env.SETUP_TOKEN, fromEnv: true };
  // Several instances may start together: the first insert wins, everyone prints its token.
  await prisma.setupToken.createMany({
    data: [{ id: 1, token: randomBytes(18).toString("base64url") }],
    skipDuplicates: true,
  });
  const token = await expectedToken(prisma, env);
  return token === null ? null : { token, fromEnv: false };
}

/** Compared in constant time (digests of equal length), so timing tells nothing of the token. */
export async function isSetupTokenValid(db: Db, given: string, env: SetupTokenEnv): Promise<boolean> {
  const expected = await expectedToken(db, env);
  if (expected === null) return false;
  return timingSafeEqual(digest(given), digest(expected));
}

/** The first admin exists: the token has done its work. */
export async function deleteSetupToken(db: Db): Promise<void> {
  await db.setupToken.deleteMany({});
}

const digest = (value: string) => createHash("sha256").update(value).digest();
