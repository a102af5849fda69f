import { readFileSync } from "node:fs";

/** The id Next gave a server action in this build (.next/server/server-reference-manifest.json). */
export function serverActionId(exportedName: string, file: string): string {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(readFileSync(`${distDir}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && entry.filename === file,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${file}: build first`);
  return found[0];
}

/**
 * Calls a server action over HTTP as the page's form does (the action id in `Next-Action`, the
 * arguments as JSON, the page's own origin) and returns the action's result, read from the
 * React Flight response (its first line references the result line).
 */
export async function callServerAction(options: {
  baseUrl: string;
  pagePath: string;
  actionId: string;
  cookie: string;
  args: unknown[];
}): Promise<{ status: number; result: unknown }> {
  const response = await fetch(`${options.baseUrl}${options.pagePath}`, {
    method: "POST",
    headers: {
      "Next-Action": options.actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: options.baseUrl,
      Cookie: options.cookie,
    },
    body: JSON.stringify(options.args),
  });
  const text = await response.text();
  const lines = new Map(
    text
      .split("\n")
      .filter((line) => /^[0-9a-f]+:/.test(line))
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)] as const),
  );
  const head = JSON.parse(lines.get("0") ?? "null") as { a?: string } | null;
  const reference = typeof head?.a === "string" ? head.a.replace(/^\$@/, "") : "";
  const result = lines.has(reference) ? (JSON.parse(lines.get(reference) ?? "null") as unknown) : head?.a;
  return { status: response.status, result };
}

/** Saves a score cell over HTTP as the grid does (src/app/api/cham-diem/o-diem); returns the answer. */
export async function saveCellOverHttp(options: {
  baseUrl: string;
  cookie: string;
  cell: unknown;
}): Promise<{ status: number; result: unknown }> {
  const response = await fetch(`${options.baseUrl}/api/cham-diem/o-diem`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: options.baseUrl, Cookie: options.cookie },
    body: JSON.stringify({ cell: options.cell }),
  });
  return { status: response.status, result: await response.json() };
}
