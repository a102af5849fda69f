import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/server/seed";
import { openTestDatabase, testBackends, type TestDatabase } from "../support/test-database";

// Several app instances may start together on one empty database: only one of them may seed.
describe.each(testBackends())("seedDemo started twice at once (%s)", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("seeds exactly once", async () => {
    const results = await Promise.all([seedDemo(t.prisma), seedDemo(t.prisma)]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    // 32 tasks of 135-CTr/TU for 2023 and 43 of 188-CTr/TU for 2024, once; one snapshot of 2023.
    expect(await t.prisma.task.count()).toBe(32 + 43);
    expect(await t.prisma.resultSnapshot.count()).toBe(1);
  });
});
