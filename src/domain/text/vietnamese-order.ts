// Vietnamese alphabetical order (ă after a, đ after d, tones after the bare letter).
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export const compareVietnamese = (a: string, b: string) => collator.compare(a, b);

export function sortByVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVietnamese(key(a), key(b)));
}
