import "server-only";
import { getSessionUser } from "@/server/auth/session";
import type { SignedInUser } from "@/server/auth/session-user";
import { blocYearsAllowed } from "@/server/authz";
import { db } from "@/server/db";

/**
 * The bloc-year a live stream is asked for, if the signed-in user may view it; else the answer to
 * send instead (401 without a session; 404 whether the year does not exist or is someone else's).
 */
export async function watchedYear(
  blocYearId: string,
): Promise<{ user: SignedInUser; blocYear: { id: string; blocId: string; year: number } } | Response> {
  const user = await getSessionUser();
  if (!user) return new Response("Phiên đăng nhập đã hết hạn.", { status: 401 });
  const blocYear = await db.blocYear.findFirst({
    where: { id: blocYearId, AND: [blocYearsAllowed(user, "view")] },
    select: { id: true, blocId: true, year: true },
  });
  return blocYear ? { user, blocYear } : new Response("Không tìm thấy.", { status: 404 });
}
