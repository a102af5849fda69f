import { answerGridChanges } from "@/server/http/grid-changes-route";
import { answerScoreCellSave } from "@/server/http/score-cell-route";

export const dynamic = "force-dynamic";

/** One score cell saved from the grid (JSON: { cell, since }); see score-cell-route.ts. */
export function POST(request: Request): Promise<Response> {
  return answerScoreCellSave(request);
}

/** The grid's cells others saved since it last heard (?nam&giai-doan&don-vi-cham&tu); see grid-changes-route.ts. */
export function GET(request: Request): Promise<Response> {
  return answerGridChanges(request);
}
