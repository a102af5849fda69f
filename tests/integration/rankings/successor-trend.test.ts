import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUnitTrend } from "@/server/queries/rankings/get-unit-trend";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { createNextYearThroughApp } from "../../support/next-year";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { ktktIds } from "../members/world";

const TNMT = "Sở Tài nguyên và Môi trường";
const NNPTNT = "Sở Nông nghiệp và Phát triển nông thôn";
const NNMT = "Sở Nông nghiệp và Môi trường";

// Issue 9, item 3: the trend of a successor shows its predecessors' years, labelled as theirs —
// on a 2025 created through the app with the recorded mergers applied.
describe.each(testBackends())("a successor's trend follows its predecessors (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const trendOf = async (username: string, code: string) => {
    const trend = await getUnitTrend(t.prisma, {
      user: demo.user(username),
      blocId: demo.ktkt.id,
      unitId: await ids.unit(code),
    });
    return trend && { title: trend.latestName, points: trend.points.map((p) => [p.year, p.label]) };
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
    const secretariat = demo.user("thuky.ktkt");
    await createNextYearThroughApp(t.prisma, secretariat, ids.y2024.id);
  });
  afterAll(() => t.close());

  it("shows Sở Nông nghiệp và Môi trường's 2023–2024 as its two predecessors', then its own 2025", async () => {
    expect(await trendOf("thuky.ktkt", "NNMT")).toEqual({
      title: NNMT,
      points: [
        [2023, `${NNPTNT} (trước hợp nhất)`],
        [2023, `${TNMT} (trước hợp nhất)`],
        [2024, `${NNPTNT} (trước hợp nhất)`],
        [2024, `${TNMT} (trước hợp nhất)`],
        [2025, NNMT],
      ],
    });
  });

  it("keeps a predecessor's own trend to its own years", async () => {
    expect(await trendOf("thuky.ktkt", "TNMT")).toEqual({
      title: TNMT,
      points: [
        [2023, TNMT],
        [2024, TNMT],
        [2025, null],
      ],
    });
  });

  it("follows Sở Xây dựng, which absorbed GTVT, through both its own and GTVT's years", async () => {
    const trend = await trendOf("thuky.ktkt", "XD");
    expect(trend?.points).toEqual([
      [2023, "Sở Xây dựng"],
      [2023, "Sở Giao thông vận tải (trước hợp nhất)"],
      [2024, "Sở Xây dựng"],
      [2024, "Sở Giao thông vận tải (trước hợp nhất)"],
      [2025, "Sở Xây dựng"],
    ]);
  });

  it("shows a leader only the predecessors' figures the rankings page shows them", async () => {
    // TN&MT's leader: its own unit always; 2023 is published, so NN&PTNT's figures are everyone's;
    // others' provisional 2024 figures are not shared.
    expect(await trendOf("lanhdao.tnmt", "NNMT")).toEqual({
      title: NNMT,
      points: [
        [2023, `${NNPTNT} (trước hợp nhất)`],
        [2023, `${TNMT} (trước hợp nhất)`],
        [2024, `${TNMT} (trước hợp nhất)`],
        [2025, null],
      ],
    });
    expect(await trendOf("thuky.vhxh", "NNMT")).toBeNull();
  });
});
