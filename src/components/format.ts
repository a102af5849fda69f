/** dd/mm/yyyy for a date-only value (stored as UTC midnight). */
export function formatDate(date: Date | null | undefined): string {
  if (!date) return "—";
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
