import "server-only";
import { toIsoDay } from "@/domain/calendar";
import type { MembershipSpan } from "@/domain/membership";

/** A Membership row's dates as the domain's membership rules read them. */
export function spanOf(row: { unitId: string; joinedOn: Date; leftOn: Date | null }): MembershipSpan {
  return {
    unitId: row.unitId,
    joinedOn: toIsoDay(row.joinedOn),
    leftOn: row.leftOn === null ? null : toIsoDay(row.leftOn),
  };
}
