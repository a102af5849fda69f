import { ScoringInputError } from './errors';
import type { IsoDate } from './input';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MS_PER_DAY = 86_400_000;

export function assertIsoDate(value: unknown, what: string): asserts value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new ScoringInputError('invalidDate', `${what}: ngày không hợp lệ (cần dạng YYYY-MM-DD).`);
  }
}

function dayNumber(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', the form Vietnamese officials read. */
export function formatVietnameseDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
