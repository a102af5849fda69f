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

/** Basis points → '50%', '37,5%', '33,33%'. */
export function formatShare(basisPoints: number): string {
  const magnitude = Math.abs(basisPoints);
  const whole = Math.floor(magnitude / 100);
  const hundredths = magnitude - whole * 100;
  const sign = basisPoints < 0 ? "-" : "";
  if (hundredths === 0) return `${sign}${groupThousands(whole)}%`;
  const decimals =
    hundredths % 10 === 0 ? String(hundredths / 10) : `${hundredths < 10 ? "0" : ""}${hundredths}`;
  return `${sign}${groupThousands(whole)},${decimals}%`;
}
