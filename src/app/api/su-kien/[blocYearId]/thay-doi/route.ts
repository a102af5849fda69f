import { getSessionUser } from "@/server/auth/session";
import { blocYearsAllowed } from "@/server/authz";
import { db } from "@/server/db";
import { blocYearEventStream, SSE_HEADERS } from "@/server/notify/sse-stream";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ blocYearId: string }> };

/**
 * What changed in one bloc-year, as it happens (`changed`, naming scores, tasks or the year), to
 * users who may view it: their score grids then ask only for what they show (GET
 * /api/cham-diem/o-diem), their rankings pages for the page's data again. (Conference screens
 * have /api/su-kien/<id>, which pushes their data itself.)
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return new Response("Phiên đăng nhập đã hết hạn.", { status: 401 });
  const { blocYearId } = await params;
  const blocYear = await db.blocYear.findFirst({
    where: { id: blocYearId, AND: [blocYearsAllowed(user, "view")] },
    select: { id: true },
  });
  // The same answer whether the year does not exist or is someone else's.
  if (!blocYear) return new Response("Không tìm thấy.", { status: 404 });
  return new Response(blocYearEventStream([blocYear.id], request.signal, null), { headers: SSE_HEADERS });
}
