import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import type { SignedInUser } from "./session-user";
import { signInAddress } from "@/domain/accounts/sign-in-address";
import { isSessionCookieName } from "./session-cookie";
import { REQUEST_PATH_HEADER } from "./sign-in-address";

/**
 * Whoever holds a current session, as the database knows them now (the session callback in
 * options.ts reads the row and checks the token's session version), even one who must still
 * replace a temporary password; or null. Only the account page, its password change and sign-out
 * use it: everything else asks getSessionUser. Cached per request: one query however many ask.
 */
export const getSignedInUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await getServerSession(authOptions);
  return session?.user ?? null;
});

/**
 * The signed-in user, or null when signed out, stale, or still holding a temporary password
 * (after a reset by an admin they may open nothing until they choose their own), so every
 * action, route and page that asks is refused alike.
 */
export const getSessionUser = cache(async (): Promise<SignedInUser | null> => {
  const user = await getSignedInUser();
  return user && !user.mustChangePassword ? user : null;
});

/** For pages: the signed-in user, or a redirect to sign-in — or to /tai-khoan to replace a temporary password. */
export async function requireSessionUser(): Promise<SignedInUser> {
  const user = await getSignedInUser();
  if (!user) redirect(await signInForThisPage());
  if (user.mustChangePassword) redirect("/tai-khoan");
  return user;
}

/** For the signed-in layout and the account page: anyone signed in, temporary password or not. */
export async function requireSignedInUser(): Promise<SignedInUser> {
  const user = await getSignedInUser();
  if (!user) redirect(await signInForThisPage());
  return user;
}

/**
 * Sign-in, then back to the page this request asked for (its path, as the proxy saw it), saying
 * the session ended if the browser still sent one.
 */
async function signInForThisPage(): Promise<string> {
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  return signInAddress(requestHeaders.get(REQUEST_PATH_HEADER), {
    sessionEnded: heldSession(requestCookies.getAll()),
  });
}

/** The request came with a session cookie (one that no longer opens a session, where this is asked). */
export function heldSession(requestCookies: readonly { name: string }[]): boolean {
  return requestCookies.some(({ name }) => isSessionCookieName(name));
}
