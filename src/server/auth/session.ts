import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import type { SignedInUser } from "./session-user";

/**
 * The signed-in user as the database knows them now (the session callback in options.ts reads
 * the row and checks the token's session version), or null when signed out or stale. Cached per
 * request, so it costs one query however many components ask.
 */
export const getSessionUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await getServerSession(authOptions);
  return session?.user ?? null;
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireSessionUser(): Promise<SignedInUser> {
  const user = await getSessionUser();
  if (!user) redirect("/dang-nhap");
  return user;
}
