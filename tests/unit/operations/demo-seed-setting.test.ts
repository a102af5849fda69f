import { describe, expect, it } from "vitest";
import { wantsDemoSeed } from "@/server/database/demo-seed-setting";

describe("wantsDemoSeed", () => {
  it.each([
    [{ NODE_ENV: "development" }, true],
    [{}, true],
    [{ NODE_ENV: "development", SEED_DEMO: "false" }, false],
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "production", SEED_DEMO: "" }, false],
    [{ NODE_ENV: "production", SEED_DEMO: "1" }, false],
    [{ NODE_ENV: "production", SEED_DEMO: "true" }, true],
  ])("%j → %s", (env, expected) => {
    expect(wantsDemoSeed(env)).toBe(expected);
  });
});
