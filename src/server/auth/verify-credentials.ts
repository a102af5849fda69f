import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { normalizeUsername, signInSchema } from "@/schemas/sign-in";
import type { AppPrismaClient } from "@/server/database/connect";
import { clearFailures, recordFailure, secondsLocked, type ThrottleKey } from "./login-throttle";
import { SIGNED_IN_USER_SELECT } from "./find-session-user";
import type { SignedInUser } from "./session-user";

export type SignInFailure = "invalid-input" | "invalid-credentials" | { lockedSeconds: number };
export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; failure: SignInFailure };

// Verifying against a fixed hash when the account does not exist keeps the response time
// the same, so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hash("khong-phai-mat-khau-that"));

export async function verifyCredentials(
  prisma: AppPrismaClient,
  input: unknown,
  address: string,
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, failure: "invalid-input" };
  const username = normalizeUsername(parsed.data.username);
  const keys: ThrottleKey[] = [
    { kind: "user", value: username },
    { kind: "ip", value: address },
  ];
  const locked = await secondsLocked(prisma, keys);
  if (locked > 0) return { ok: false, failure: { lockedSeconds: locked } };

  const user = await prisma.user.findUnique({
    where: { username },
    select: { ...SIGNED_IN_USER_SELECT, active: true, passwordHash: true },
  });
  const passwordOk = await verify(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
  if (!user || !user.active || !passwordOk) {
    await recordFailure(prisma, keys);
    const lockedNow = await secondsLocked(prisma, keys);
    return { ok: false, failure: lockedNow > 0 ? { lockedSeconds: lockedNow } : "invalid-credentials" };
  }
  await clearFailures(prisma, keys[0]!);
  const { passwordHash: _omitted, active: _active, ...sessionUser } = user;
  return { ok: true, user: sessionUser };
}
