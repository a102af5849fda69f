import { addDays, daysBetween, formatDate, type IsoDay } from "../calendar";
import { stageAllows, type YearStage } from "../year-stages";

/** The days members may object to their figures: first and last day, both inclusive. */
export type DisputeWindow = { opensOn: IsoDay; closesOn: IsoDay };

/** Long enough for a unit to gather its papers; a bound so a window cannot stay open all year. */
export const MAX_DISPUTE_DAYS = 30;

export type DisputeWindowState = "notOpened" | "upcoming" | "open" | "closed";

/** A window of `days` days starting today (Vietnam's calendar day). */
export function windowStartingOn(today: IsoDay, days: number): DisputeWindow {
  return { opensOn: today, closesOn: addDays(today, days - 1) };
}

export function disputeWindowState(window: DisputeWindow | null, today: IsoDay): DisputeWindowState {
  if (window === null) return "notOpened";
  if (today < window.opensOn) return "upcoming";
  return today <= window.closesOn ? "open" : "closed";
}

/** Whether a year takes objections today: its stage allows them and its window is open. */
export function takesObjections(year: { status: YearStage; window: DisputeWindow | null }, today: IsoDay) {
  return stageAllows(year.status, "disputes") && disputeWindowState(year.window, today) === "open";
}

/** Why an objection cannot be filed today, or null while the window is open. */
export function windowRefusal(window: DisputeWindow | null, today: IsoDay): string | null {
  if (window === null) return "Khối chưa mở thời hạn khiếu nại về điểm của năm này.";
  if (today < window.opensOn) return `Thời hạn khiếu nại bắt đầu từ ngày ${formatDate(window.opensOn)}.`;
  if (today > window.closesOn) return `Thời hạn khiếu nại đã kết thúc ngày ${formatDate(window.closesOn)}.`;
  return null;
}

/** One sentence on the window as of today, for the page that shows it. */
export function describeWindow(window: DisputeWindow | null, today: IsoDay): string {
  const refusal = windowRefusal(window, today);
  if (refusal !== null || window === null) return refusal ?? "";
  const left = daysBetween(today, window.closesOn);
  const tail = left === 0 ? "hôm nay là ngày cuối" : `còn ${left + 1} ngày`;
  return `Đang trong thời hạn khiếu nại: từ ngày ${formatDate(window.opensOn)} đến hết ngày ${formatDate(window.closesOn)} (${tail}).`;
}
