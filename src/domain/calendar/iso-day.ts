// Days without a time travel as ISO strings (yyyy-mm-dd); the database's @db.Date columns hold
// them as UTC midnight, so a day and its Date convert without any time zone.

/** 'yyyy-mm-dd' of a real calendar day. */
export type IsoDay = string;

const MS_PER_DAY = 86_400_000;

/** Digits read straight from character codes: the engine checks dates a million times a run. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1–12) of a year. */
function monthLength(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for 'yyyy-mm-dd' naming a real day: 2024-02-29 is one, 2025-02-29 and 2025-02-31 are not. */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== "string" || value.length !== 10 || value[4] !== "-" || value[7] !== "-") return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
}

/** The day of a year, month (1–12) and day of month, or null when there is no such day. */
export function isoDayOf(year: number, month: number, day: number): IsoDay | null {
  const two = (n: number) => String(n).padStart(2, "0");
  const text = `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
  return isIsoDay(text) ? text : null;
}

/** The calendar day a @db.Date value stands for. */
export function toIsoDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

const utcMidnight = (day: IsoDay) =>
  Date.UTC(digitsAt(day, 0, 4), digitsAt(day, 5, 2) - 1, digitsAt(day, 8, 2));

/** The UTC midnight a @db.Date column stores for a day; a day that does not exist is refused. */
export function fromIsoDay(day: IsoDay): Date {
  if (!isIsoDay(day)) throw new RangeError(`Not a calendar day: ${day}`);
  return new Date(utcMidnight(day));
}

/** Whole days from `from` to `to` (positive when `to` is later); both are checked days already. */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return (utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY;
}

/** The day `days` after `day` (negative goes back). */
export function addDays(day: IsoDay, days: number): IsoDay {
  return toIsoDay(new Date(fromIsoDay(day).getTime() + days * MS_PER_DAY));
}

export const yearStart = (year: number): IsoDay => `${year}-01-01`;

/** Year-end is the reference date of a bloc-year: its documents carry the names of that day. */
export const yearEnd = (year: number): IsoDay => `${year}-12-31`;
