import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("zod in the browser", () => {
  it("is configured without `new Function` by every client module that parses with it", () => {
    const clientZod = sourceFiles("src").filter((path) => {
      const text = readFileSync(path, "utf8");
      return /^["']use client["'];/m.test(text) && /from "(zod|@\/schemas\/[^"]+)"/.test(text);
    });
    expect(clientZod.length).toBeGreaterThan(0);
    for (const path of clientZod)
      expect(readFileSync(path, "utf8"), path).toContain('import "@/components/forms/zod-in-browser";');
  });
});
