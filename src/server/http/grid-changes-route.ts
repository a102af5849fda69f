import "server-only";
import { SESSION_EXPIRED } from "@/domain/accounts/session-expired";
import { gridChangesSchema } from "@/schemas/scoring/grid-changes";
import { cachedLiveRanking } from "@/server/cache/cached-year-result";
import { db } from "@/server/db";
import { gridChangesFor } from "@/server/queries/scoring/get-grid-update";
import type { GridChangesResult } from "@/server/queries/scoring/score-grid-types";
import { runAction } from "@/server/run-action";

const NOT_FOUND = "Không tìm thấy bảng điểm.";
const FAILED = "Không đọc được thay đổi do lỗi máy chủ.";
const headers = { "Cache-Control": "no-store, no-transform" };
const answer = (body: GridChangesResult, status: number) => Response.json(body, { status, headers });

/**
 * What changed in a score grid on screen since it last heard (other people's saves): every row's
 * place and total, and the stage's cells saved since. The grid asks when its stream of the year's
 * changes says scores changed (use-grid-changes.ts).
 */
export async function answerGridChanges(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  try {
    // Before the reads: a save made meanwhile is then "changed since" for the grid's next ask.
    const answeredAt = new Date().toISOString();
    const result = await runAction({
      schema: gridChangesSchema,
      input: {
        blocYearId: query.get("nam"),
        stage: query.get("giai-doan"),
        scorerUnitId: query.get("don-vi-cham"),
        since: query.get("tu"),
      },
      run: async (user, { since, ...grid }) => {
        const update = await gridChangesFor(db, user, { ...grid, since: new Date(since) }, cachedLiveRanking);
        return update && { ...update, answeredAt };
      },
    });
    if (!result.ok)
      return answer(result, result.formError === SESSION_EXPIRED ? 401 : result.fieldErrors ? 400 : 422);
    if (!result.data) return answer({ ok: false, formError: NOT_FOUND }, 404);
    return answer({ ok: true, data: result.data }, 200);
  } catch (error) {
    console.error("[cham-diem] đọc thay đổi của bảng điểm thất bại", error);
    return answer({ ok: false, formError: FAILED }, 500);
  }
}
