import { answerScoreCellSave } from "@/server/http/score-cell-route";

export const dynamic = "force-dynamic";

/** One score cell saved from the grid (JSON: { cell, since }); see score-cell-route.ts. */
export function POST(request: Request): Promise<Response> {
  return answerScoreCellSave(request);
}
