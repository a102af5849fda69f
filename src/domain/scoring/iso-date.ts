import { ScoringInputError } from "./errors";
import type { IsoDate } from "./input";

const MS_PER_DAY = 86_400_000;

/** Digits read straight from character codes: dates are checked and parsed a million times. */
function digitsAt(date: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** 'YYYY-MM-DD' with month 01–12 and day 01–31 (the calendar is not checked further). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string" || value.length !== 10 || value[4] !== "-" || value[7] !== "-") return false;
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return digitsAt(value, 0, 4) >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function invalidDate(what: string): ScoringInputError {
  return new ScoringInputError("invalidDate", `${what}: ngày không hợp lệ (cần dạng YYYY-MM-DD).`);
}

export function assertIsoDate(value: unknown, what: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw invalidDate(what);
}

function dayNumber(date: IsoDate): number {
  return Date.UTC(digitsAt(date, 0, 4), digitsAt(date, 5, 2) - 1, digitsAt(date, 8, 2)) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', the form Vietnamese officials read. */
export function formatVietnameseDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
