/**
 * A unit code from a short name, for an agency created without one: "Sở KH&CN" → "SOKHCN".
 * Diacritics go (đ → d), anything but letters and digits is dropped; never empty.
 */
export function agencyCodeFrom(shortName: string): string {
  const ascii = shortName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
  return (ascii || "DV").slice(0, 16);
}

/** The first of CODE, CODE_2, CODE_3 … that `taken` does not hold (codes are upper case). */
export function freeCode(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}_${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
