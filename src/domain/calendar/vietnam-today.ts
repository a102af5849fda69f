import { type IsoDay, toIsoDay } from "./iso-day";

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Việt Nam keeps UTC+7 all year (no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today as a calendar day in Việt Nam, whatever the server's zone: a deadline passes and a
 * ranking moves on at midnight in Hà Nội, not in UTC. The clock is a parameter for tests.
 */
export function todayInVietnam(now: Date = new Date()): IsoDay {
  return toIsoDay(new Date(now.getTime() + VIETNAM_OFFSET_MS));
}
