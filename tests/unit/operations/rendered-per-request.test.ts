import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The root layout is static so that the prerendered shells (src/app/khung) can sit under it; every
// other section must be rendered per request, or its scripts carry no nonce and the policy blocks
// them. This keeps a new section from forgetting it.
const APP = path.join(process.cwd(), "src/app");
const NOT_RENDERED = new Set(["api", "khung"]);
const sections = readdirSync(APP, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NOT_RENDERED.has(entry.name))
  .map((entry) => entry.name);

describe("every section of the app but the shells is rendered per request", () => {
  it.each(sections)("%s", (section) => {
    const layout = readFileSync(path.join(APP, section, "layout.tsx"), "utf8");
    expect(layout).toMatch(/RenderedPerRequest|dynamic = "force-dynamic"/);
  });

  it("the page shown for an unknown address too", () => {
    expect(readFileSync(path.join(APP, "not-found.tsx"), "utf8")).toContain("<RenderedPerRequest>");
  });
});
