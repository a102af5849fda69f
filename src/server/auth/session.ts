import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/server/db";
import { authOptions } from "./options";
import type { SessionUser } from "./session-user";

/**
 * The signed-in user as the database knows them now: the token only names the user, so a
 * deactivated account or a changed scope takes effect on the next request. Cached per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findFirst({
    where: { id, active: true },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      provinceId: true,
      blocId: true,
      unitId: true,
    },
  });
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/dang-nhap");
  return user;
}
