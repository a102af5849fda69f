import "server-only";
import { toIsoDay } from "@/domain/calendar";
import type { DisputeWindow } from "@/domain/disputes";

/** The two @db.Date columns of the window, for a select. */
export const DISPUTE_WINDOW_SELECT = { disputeOpensOn: true, disputeClosesOn: true } as const;

/** A bloc-year's dispute window as the domain reads it; null until the managers open one. */
export function disputeWindowOf(row: { disputeOpensOn: Date | null; disputeClosesOn: Date | null }) {
  if (!row.disputeOpensOn || !row.disputeClosesOn) return null;
  return {
    opensOn: toIsoDay(row.disputeOpensOn),
    closesOn: toIsoDay(row.disputeClosesOn),
  } satisfies DisputeWindow;
}
