export {
  addDays,
  daysBetween,
  fromIsoDay,
  type IsoDay,
  isIsoDay,
  isoDayOf,
  toIsoDay,
  yearEnd,
  yearStart,
} from "./iso-day";
export { type DateReading, readDate } from "./read-date";
export { namePeriods, type NamePeriod } from "./name-periods";
export { type DatedName, unitNameOn } from "./unit-name-on";
export { todayInVietnam, VIETNAM_TIME_ZONE } from "./vietnam-today";
export { formatDate, parseFormDate, parseVietnameseDate } from "./vietnamese-date";
export { DATE_FORMAT_PROBLEM, type DateEntry, maskDateEntry, readDateEntry } from "./date-entry";
