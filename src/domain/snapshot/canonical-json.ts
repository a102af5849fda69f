/** A JSON value as a snapshot holds it: no dates, no undefined, no functions. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * The one serialisation a snapshot's hash is computed over: object keys sorted (by code unit, so
 * the order never depends on a locale), no whitespace, keys whose value is undefined left out.
 * PostgreSQL's jsonb reorders keys, so the hash must not depend on the order they were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return primitive(value);
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}

function primitive(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new TypeError("A snapshot holds finite numbers only");
  if (
    typeof value === "bigint" ||
    typeof value === "function" ||
    typeof value === "symbol" ||
    value === undefined
  ) {
    throw new TypeError(`A snapshot cannot hold a ${typeof value}`);
  }
  return JSON.stringify(value);
}
