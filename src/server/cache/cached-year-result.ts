import "server-only";
import type { BlocYearStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { todayInVietnam } from "@/domain/calendar";
import { loadYearResult, type YearResult } from "@/server/queries/load-year-result";
import { appYearCache } from "./app-year-cache";

/**
 * A bloc-year's result (loadYearResult) through this process's year cache: the engine runs once
 * per change of the year's data (or of its status, or of the day), not once per page view or
 * screen. Every viewer gets the whole result; callers authorise and cut it to what they may see.
 */
export function cachedYearResult(blocYear: { id: string; status: BlocYearStatus }): Promise<YearResult> {
  return appYearCache().get(
    { kind: "year-result", blocYearId: blocYear.id, variant: `${blocYear.status}:${todayInVietnam()}` },
    () => loadYearResult(db, blocYear),
  );
}
