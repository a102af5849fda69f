/** Vietnamese number format: '.' groups thousands, ',' separates decimals (1.234,50). */
function groupThousands(whole: number): string {
  const digits = String(whole);
  if (digits.length <= 3) return digits;
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const chunk = digits.slice(Math.max(0, end - 3), end);
    grouped = grouped === "" ? chunk : `${chunk}.${grouped}`;
  }
  return grouped;
}

/** Centipoints → '2,00', '1.000,00', '-0,50'. */
export function formatPoints(centipoints: number): string {
  const magnitude = Math.abs(centipoints);
  const whole = Math.floor(magnitude / 100);
  const cents = magnitude - whole * 100;
  const sign = centipoints < 0 ? "-" : "";
  return `${sign}${groupThousands(whole)},${cents < 10 ? "0" : ""}${cents}`;
}

/** Centipoints with an explicit sign: '+1,00', '-0,50', '0,00'. */
export function formatSignedPoints(centipoints: number): string {
  return centipoints > 0 ? `+${formatPoints(centipoints)}` : formatPoints(centipoints);
}

/**
 * Basis points → '50,00%', '37,50%', '33,33%': always two decimals, as the .xlsx export's
 * "0.00%" shows them, so a share reads the same on every page, document and file.
 */
export function formatShare(basisPoints: number): string {
  const magnitude = Math.abs(basisPoints);
  const whole = Math.floor(magnitude / 100);
  const hundredths = magnitude - whole * 100;
  const sign = basisPoints < 0 ? "-" : "";
  return `${sign}${groupThousands(whole)},${hundredths < 10 ? "0" : ""}${hundredths}%`;
}

/**
 * A unit's deductions (held as a positive magnitude) as every table writes them: with a minus,
 * so that sections + bonus + deductions add up to the total by hand ('-1,00'; none: '0,00').
 */
export function formatDeductions(centipoints: number): string {
  return formatPoints(centipoints === 0 ? 0 : -Math.abs(centipoints));
}
