import { watchedYear } from "@/server/http/watched-year";
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
  const watched = await watchedYear((await params).blocYearId);
  if (watched instanceof Response) return watched;
  return new Response(blocYearEventStream([watched.blocYear.id], request.signal, null), {
    headers: SSE_HEADERS,
  });
}
