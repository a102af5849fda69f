import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const DOMAIN = join(process.cwd(), "src/domain");
// The pure rules may import each other and nothing of the framework, the database or the schemas.
const FORBIDDEN =
  /^(next|react|react-dom|zod|@prisma\/|prisma|@\/(generated|server|app|components|schemas)\b)/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? sourceFiles(join(dir, entry.name))
        : Promise.resolve(/\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : []),
    ),
  );
  return nested.flat();
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(source: string): string[] {
  const found = [
    ...source.matchAll(
      /(?:^|\s)(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gm,
    ),
  ];
  return found.map((match) => match[1] ?? match[2] ?? match[3]!).filter(Boolean);
}

describe("src/domain stays pure", () => {
  it("finds the domain's modules", async () => {
    expect((await sourceFiles(DOMAIN)).length).toBeGreaterThan(20);
  });

  it("imports nothing from Next, React, Prisma, zod or the app's server, schema and UI layers", async () => {
    const offences: string[] = [];
    for (const file of await sourceFiles(DOMAIN)) {
      for (const specifier of specifiers(await readFile(file, "utf8"))) {
        if (FORBIDDEN.test(specifier)) offences.push(`${relative(process.cwd(), file)} → ${specifier}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it("recognises a forbidden import when it sees one", () => {
    const sample =
      'import { z } from "zod";\nimport type { Task } from "@/generated/prisma/client";\nexport { x } from "./x";\nconst m = await import("next/navigation");';
    expect(specifiers(sample).filter((specifier) => FORBIDDEN.test(specifier))).toEqual([
      "zod",
      "@/generated/prisma/client",
      "next/navigation",
    ]);
  });
});
