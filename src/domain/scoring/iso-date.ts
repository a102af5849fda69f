import { isIsoDay } from "@/domain/calendar/iso-day";
import { ScoringInputError } from "./errors";
import type { IsoDate } from "./input";

export function invalidDate(what: string): ScoringInputError {
  return new ScoringInputError("invalidDate", `${what}: ngày không hợp lệ (cần dạng YYYY-MM-DD).`);
}

export function assertIsoDate(value: unknown, what: string): asserts value is IsoDate {
  if (!isIsoDay(value)) throw invalidDate(what);
}
