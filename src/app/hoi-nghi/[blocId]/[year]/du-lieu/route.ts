import { getSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getCachedConferenceData } from "@/server/cache/conference-cache";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ blocId: string; year: string }> };

/** What the conference screen re-fetches when its bloc-year changes (all screens at once: cached). */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Phiên đăng nhập đã hết hạn." }, { status: 401 });
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) return Response.json({ error: "Không tìm thấy." }, { status: 404 });
  const data = await getCachedConferenceData(db, user, { blocId, year: Number(year) });
  if (!data) return Response.json({ error: "Không tìm thấy." }, { status: 404 });
  return Response.json(data, { headers: { "Cache-Control": "no-store" } });
}
