import type { IsoDay } from "@/domain/calendar";

/**
 * The date line of a state document (Decree 30/2020/NĐ-CP, Appendix I §II.5): days below 10 and
 * the months 1 and 2 take a leading zero ("ngày 05 tháng 02 năm 2025", "ngày 12 tháng 3 năm 2025")
 * so that nobody can add a digit by hand afterwards.
 */
export function officialDate(day: IsoDay): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const dd = String(date).padStart(2, "0");
  const mm = month <= 2 ? String(month).padStart(2, "0") : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Yên Bái, ngày 12 tháng 01 năm 2024". */
export function placeAndDate(place: string, day: IsoDay): string {
  return `${place}, ${officialDate(day)}`;
}
