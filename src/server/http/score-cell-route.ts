import "server-only";
import { z } from "zod";
import { SESSION_EXPIRED } from "@/domain/accounts/session-expired";
import { saveScoreCellSchema } from "@/schemas/scoring/save-score-cell";
import { appYearCache } from "@/server/cache/app-year-cache";
import { cachedLiveRanking } from "@/server/cache/cached-year-result";
import { db } from "@/server/db";
import { saveScoreCell } from "@/server/mutations/scoring/save-score-cell";
import {
  ScoreCellConflictError,
  type CurrentScoreCell,
} from "@/server/mutations/scoring/score-cell-conflict";
import { gridUpdateFor } from "@/server/queries/scoring/get-grid-update";
import type { SaveScoreCellResult } from "@/server/queries/scoring/score-grid-types";
import { runAction } from "@/server/run-action";
import { isSameOrigin } from "./request-guards";

/** The body of a cell save: the cell, and when the grid on screen last heard of changes (ISO). */
// A `since` that is not a time only means no changed cells come back (as before a first answer).
const requestSchema = z.object({ cell: z.unknown(), since: z.iso.datetime().optional().catch(undefined) });
const INVALID = "Yêu cầu không hợp lệ.";
const FAILED = "Không lưu được do lỗi máy chủ. Giá trị của bạn vẫn còn, hãy thử lại.";
// Not compressed ("no-transform" keeps Next's gzip off): an answer is under a kilobyte, and
// compressing it cost a save about 0.7 ms of the server's CPU (bench:load).
const headers = { "Cache-Control": "no-store, no-transform" };
const answer = (body: SaveScoreCellResult, status: number) => Response.json(body, { status, headers });

/**
 * A score cell saved from the grid. A route, not a server action: it is the app's most frequent
 * write (a secretariat types a whole sheet cell by cell, fifty at a time during scoring), and a
 * server action costs the server about 3 ms more per call (bench:load). The proxy has refused
 * cross-site requests and bodies over 1 MB already; the session, the input and the user's rights
 * are checked as in an action.
 */
export async function answerScoreCellSave(request: Request): Promise<Response> {
  if (!isSameOrigin(request.headers)) return answer({ ok: false, formError: INVALID }, 403);
  const body = requestSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return answer({ ok: false, formError: INVALID }, 400);
  try {
    const result = await saveCellForGrid(body.data.cell, body.data.since);
    return answer(result, statusOf(result));
  } catch (error) {
    console.error("[cham-diem] lưu ô điểm thất bại", error);
    return answer({ ok: false, formError: FAILED }, 500);
  }
}

const statusOf = (result: SaveScoreCellResult) =>
  result.ok
    ? 200
    : "conflict" in result
      ? 409
      : result.formError === SESSION_EXPIRED
        ? 401
        : result.fieldErrors
          ? 400
          : 422;

/** Saves the cell and answers with what the grid on screen needs, not the grid rendered again. */
async function saveCellForGrid(input: unknown, since: string | undefined): Promise<SaveScoreCellResult> {
  const seen: { conflict?: CurrentScoreCell } = {};
  const result = await runAction({
    schema: saveScoreCellSchema,
    input,
    run: async (user, data) => {
      const { blocYearId, visibility, ...cell } = await saveScoreCell(db, user, data).catch(
        (error: unknown) => {
          if (error instanceof ScoreCellConflictError) seen.conflict = error.current;
          throw error;
        },
      );
      const answeredAt = new Date().toISOString();
      // The standings below read the year's cached ranking: drop it (and the kept score lines)
      // here, not on the notice.
      appYearCache().forget(blocYearId, "scores");
      const update = await gridUpdateFor(
        db,
        user,
        { id: blocYearId, ...visibility },
        { stage: data.stage, since: since ? new Date(since) : null, scorerUnitId: data.scorerUnitId ?? null },
        cachedLiveRanking,
      );
      return { ...cell, ...update, answeredAt };
    },
  });
  if (!result.ok && "conflict" in seen)
    return { ok: false, formError: result.formError ?? "", conflict: seen.conflict ?? null };
  return result;
}
