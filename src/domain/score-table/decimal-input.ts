/**
 * Points and percentages are typed the Vietnamese way, with a comma before up to two decimals
 * ("12,5", "1.000", "50,01"); a dot followed by one or two digits is read as a decimal point too,
 * since people paste from English spreadsheets. The result is an integer in hundredths
 * (centipoints for points, basis points for percentages), or null when the text is not a number.
 */
const DECIMAL = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](\d{1,2}))?$/;

export function parseHundredths(text: string): number | null {
  const match = DECIMAL.exec(text.trim().replace(/\s+/g, ""));
  if (!match) return null;
  const whole = Number(match[1]!.replaceAll(".", ""));
  const decimals = (match[2] ?? "").padEnd(2, "0");
  const value = whole * 100 + Number(decimals);
  return Number.isSafeInteger(value) ? value : null;
}

/** Hundredths back to what a person types: 1250 → "12,5", 10000 → "100", 5001 → "50,01". */
export function formatHundredthsInput(value: number): string {
  const whole = Math.trunc(value / 100);
  const cents = Math.abs(value % 100);
  if (cents === 0) return String(whole);
  const decimals = cents % 10 === 0 ? String(cents / 10) : String(cents).padStart(2, "0");
  return `${whole},${decimals}`;
}
