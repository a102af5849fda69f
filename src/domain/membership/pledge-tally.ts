import type { IsoDay } from "@/domain/calendar";
import { type MembershipSpan, owingPledge } from "./members-on";

/** "signed/owed đơn vị đã ký": of the units that owed the pledge a signature, how many gave one. */
export type PledgeTally = { owed: number; signed: number };

/** The pledge's count, the same on the pledge tab, the overview, the conference screen and the minutes. */
export function pledgeTally(
  spans: readonly MembershipSpan[],
  pledge: { year: number; signedOn: IsoDay | null; signedUnitIds: readonly string[] },
): PledgeTally {
  const owing = owingPledge(spans, pledge);
  const signed = new Set(pledge.signedUnitIds);
  return { owed: owing.length, signed: owing.filter((span) => signed.has(span.unitId)).length };
}
