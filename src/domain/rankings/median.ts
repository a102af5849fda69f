/**
 * The median of integer values (centipoints or basis points), or null for none. With an even
 * count it is the mean of the two middle values, rounded half up to a whole unit: the one
 * rounding of a median, so it stays an integer like every other figure shown.
 */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}
