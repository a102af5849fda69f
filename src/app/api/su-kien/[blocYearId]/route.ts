import { getSessionUser } from "@/server/auth/session";
import { blocYearsAllowed } from "@/server/authz";
import { db } from "@/server/db";
import { conferencePushFor } from "@/server/cache/conference-push";
import { blocYearEventStream, SSE_HEADERS } from "@/server/notify/sse-stream";
import { findNextBlocYearId } from "@/server/queries/find-next-bloc-year-id";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ blocYearId: string }> };

/** Live data of one bloc-year, pushed to the conference screens of users who may view it. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return new Response("Phiên đăng nhập đã hết hạn.", { status: 401 });
  const { blocYearId } = await params;
  const blocYear = await db.blocYear.findFirst({
    where: { id: blocYearId, AND: [blocYearsAllowed(user, "view")] },
    select: { id: true, blocId: true, year: true },
  });
  // The same answer whether the year does not exist or is someone else's.
  if (!blocYear) return new Response("Không tìm thấy.", { status: 404 });
  // The screen also shows next year's elected roles, entered during the meeting.
  const nextId = await findNextBlocYearId(db, blocYear);
  const watched = nextId ? [blocYearId, nextId] : [blocYearId];
  return new Response(
    blocYearEventStream(watched, request.signal, () => conferencePushFor(user, blocYear.id)),
    { headers: SSE_HEADERS },
  );
}
