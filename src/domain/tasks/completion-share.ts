// Completion shares are basis points (10000 = 100 %); people type percentages, maybe with a
// decimal comma ("37,5").

const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/;

/** "70" → 7000, "37,5" → 3750, "100 %" → 10000; out of 0–100 or malformed → null. */
export function parsePercent(text: string): number | null {
  const match = PERCENT.exec(text.trim());
  if (!match) return null;
  const hundredths = Number((match[2] ?? "").padEnd(2, "0"));
  const basisPoints = Number(match[1]) * 100 + hundredths;
  return basisPoints <= 10_000 ? basisPoints : null;
}

/** 7000 → "70", 3750 → "37,5": the value a percentage field starts with. */
export function percentInput(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const rest = basisPoints % 100;
  if (rest === 0) return String(whole);
  return `${whole},${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

export const FULL_SHARE = 10_000;
