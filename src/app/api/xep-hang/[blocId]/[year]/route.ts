import { cookies } from "next/headers";
import { getSignedInUser, heldSession } from "@/server/auth/session";
import { signInAddress } from "@/domain/accounts/sign-in-address";
import { cachedYearResult } from "@/server/cache/cached-year-result";
import { cachedYearFrame } from "@/server/cache/year-frames";
import { getRankingsPage, signedInFrameFactsOf } from "@/server/queries/rankings/get-rankings-page";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ blocId: string; year: string }> };

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * The rankings page's data (its document is a prerendered shell, src/app/khung/xep-hang): the
 * session and the year are checked here, on every request, as a page under the signed-in layout
 * would. Where a page would redirect, this names the address for the shell to go to.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const user = await getSignedInUser();
  const { blocId, year } = await params;
  if (!user) {
    const page = `/khoi/${encodeURIComponent(blocId)}/${encodeURIComponent(year)}/xep-hang`;
    const sessionEnded = heldSession((await cookies()).getAll());
    return Response.json(
      { redirect: signInAddress(page, { sessionEnded }) },
      { status: 401, headers: NO_STORE },
    );
  }
  if (user.mustChangePassword)
    return Response.json({ redirect: "/tai-khoan" }, { status: 403, headers: NO_STORE });
  const page = /^\d{4}$/.test(year)
    ? await getRankingsPage({
        user,
        blocId,
        year: Number(year),
        loadFrame: cachedYearFrame,
        loadYear: cachedYearResult,
      })
    : null;
  if (!page) return Response.json(signedInFrameFactsOf(user), { status: 404, headers: NO_STORE });
  return Response.json(page, { headers: NO_STORE });
}
