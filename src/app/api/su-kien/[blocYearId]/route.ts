import { db } from "@/server/db";
import { conferencePushFor } from "@/server/cache/conference-push";
import { watchedYear } from "@/server/http/watched-year";
import { blocYearEventStream, SSE_HEADERS } from "@/server/notify/sse-stream";
import { findNextBlocYearId } from "@/server/queries/find-next-bloc-year-id";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ blocYearId: string }> };

/** Live data of one bloc-year, pushed to the conference screens of users who may view it. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const watched = await watchedYear((await params).blocYearId);
  if (watched instanceof Response) return watched;
  const { user, blocYear } = watched;
  // The screen also shows next year's elected roles, entered during the meeting.
  const nextId = await findNextBlocYearId(db, blocYear);
  const watchedIds = nextId ? [blocYear.id, nextId] : [blocYear.id];
  return new Response(
    blocYearEventStream(watchedIds, request.signal, () => conferencePushFor(user, blocYear.id)),
    { headers: SSE_HEADERS },
  );
}
