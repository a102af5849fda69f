import { verify } from "@node-rs/argon2";
import { createHash } from "node:crypto";
import { canonicalJson } from "@/domain/snapshot/canonical-json";
import type { SnapshotContent } from "@/domain/snapshot/snapshot-content";
import { computeRanking } from "@/server/queries/compute-ranking";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "@/server/seed";
import { openTestDatabase, testBackends, type TestDatabase } from "../support/test-database";

type Prisma = TestDatabase["prisma"];

const KTKT_MEMBER_NAMES = [
  "Sở Khoa học và Công nghệ",
  "Sở Tài nguyên và Môi trường",
  "Sở Giao thông vận tải",
  "Sở Xây dựng",
  "Sở Công Thương",
  "Sở Nông nghiệp và Phát triển nông thôn",
  "Ban Quản lý dự án đầu tư xây dựng tỉnh",
  "Ban Quản lý các khu công nghiệp",
];

const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));

/** The unit's name on a day, following successions when the unit had merged into another by then. */
async function unitNameOn(prisma: Prisma, unitId: string, on: Date): Promise<string | undefined> {
  const own = await prisma.unitName.findFirst({
    where: { unitId, validFrom: { lte: on }, OR: [{ validTo: null }, { validTo: { gt: on } }] },
    select: { name: true },
  });
  if (own) return own.name;
  const succession = await prisma.unitSuccession.findFirst({
    where: { predecessorId: unitId, effectiveOn: { lte: on } },
    select: { successorId: true },
  });
  return succession ? unitNameOn(prisma, succession.successorId, on) : undefined;
}

async function blocYearId(prisma: Prisma, blocCode: string, year: number): Promise<string> {
  const row = await prisma.blocYear.findFirstOrThrow({
    where: { bloc: { code: blocCode }, year },
    select: { id: true },
  });
  return row.id;
}

async function unitId(prisma: Prisma, code: string): Promise<string> {
  const row = await prisma.unit.findFirstOrThrow({
    where: { code, province: { code: "YB" } },
    select: { id: true },
  });
  return row.id;
}

async function rolesByUnitCode(
  prisma: Prisma,
  blocCode: string,
  year: number,
): Promise<Record<string, string>> {
  const roles = await prisma.roleAssignment.findMany({
    where: { blocYearId: await blocYearId(prisma, blocCode, year) },
    select: { role: true, unit: { select: { code: true } } },
  });
  return Object.fromEntries(roles.map((role) => [role.unit.code, role.role]));
}

function rowCounts(prisma: Prisma): Promise<number[]> {
  return Promise.all([
    prisma.province.count(),
    prisma.unit.count(),
    prisma.unitName.count(),
    prisma.blocYear.count(),
    prisma.membership.count(),
    prisma.pledgeSignature.count(),
    prisma.task.count(),
    prisma.criterion.count(),
    prisma.registration.count(),
    prisma.user.count(),
  ]);
}

describe.each(testBackends())("seedDemo (%s)", (kind) => {
  let t: TestDatabase;
  let firstRun: { seeded: boolean };

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    firstRun = await seedDemo(t.prisma);
  });
  afterAll(() => t.close());

  it("seeds an empty database", () => {
    expect(firstRun).toEqual({ seeded: true });
  });

  it("makes the 8 agencies of the article members of KTKT in 2024, under their full names", async () => {
    const memberships = await t.prisma.membership.findMany({
      where: { blocYearId: await blocYearId(t.prisma, "KTKT", 2024) },
      select: { unitId: true },
    });
    const names = await Promise.all(memberships.map((m) => unitNameOn(t.prisma, m.unitId, yearEnd(2024))));
    expect(names.sort()).toEqual([...KTKT_MEMBER_NAMES].sort());
  });

  it("records the roles elected for 2023 and at the conference of 12/01/2024", async () => {
    expect(await rolesByUnitCode(t.prisma, "KTKT", 2023)).toEqual({
      KHCN: "HEAD",
      TNMT: "DEPUTY",
      GTVT: "DEPUTY",
    });
    expect(await rolesByUnitCode(t.prisma, "KTKT", 2024)).toEqual({
      TNMT: "HEAD",
      GTVT: "STANDING_DEPUTY",
      CT: "DEPUTY",
    });
    expect(await rolesByUnitCode(t.prisma, "VHXH", 2024)).toEqual({ GDDT: "HEAD" });
  });

  it("has the 2024 pledge signed by all 8 members on 12/01/2024", async () => {
    const pledge = await t.prisma.pledge.findUniqueOrThrow({
      where: { blocYearId: await blocYearId(t.prisma, "KTKT", 2024) },
      select: { signatures: { select: { unitId: true, signedOn: true } } },
    });
    expect(new Set(pledge.signatures.map((s) => s.unitId)).size).toBe(8);
    expect(pledge.signatures.every((s) => s.signedOn.toISOString() === "2024-01-12T00:00:00.000Z")).toBe(
      true,
    );
  });

  it("assigns 43 tasks numbered 1..43 from 188-CTr/TU to the task-derived criterion of the 2024 table", async () => {
    const id = await blocYearId(t.prisma, "KTKT", 2024);
    const tasks = await t.prisma.task.findMany({
      where: { blocYearId: id },
      select: {
        number: true,
        sourceDocument: { select: { code: true } },
        criterion: { select: { kind: true, scoreTable: { select: { blocYearId: true } } } },
      },
      orderBy: { number: "asc" },
    });
    expect(tasks.map((task) => task.number)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    expect(tasks.every((task) => task.sourceDocument?.code === "188-CTr/TU")).toBe(true);
    expect(
      tasks.every(
        (task) => task.criterion?.kind === "TASK_DERIVED" && task.criterion.scoreTable.blocYearId === id,
      ),
    ).toBe(true);
  });

  it("gives every KTKT member its own tasks, with a mix of outcomes", async () => {
    const id = await blocYearId(t.prisma, "KTKT", 2024);
    const perOwner = await t.prisma.task.groupBy({
      by: ["ownerUnitId"],
      where: { blocYearId: id },
      _count: { _all: true },
    });
    expect(perOwner).toHaveLength(8);
    expect(perOwner.every((owner) => owner._count._all >= 5 && owner._count._all <= 6)).toBe(true);
    const statuses = await t.prisma.task.groupBy({
      by: ["status"],
      where: { blocYearId: id },
      _count: { _all: true },
    });
    expect(statuses.map((s) => s.status).sort()).toEqual([
      "DONE",
      "IN_PROGRESS",
      "NOT_DONE",
      "NOT_STARTED",
      "PARTIAL",
    ]);
  });

  it("builds score tables whose sections add up to the maximum and whose children add up to their parent", async () => {
    const tables = await t.prisma.scoreTable.findMany({
      select: {
        maxPoints: true,
        criteria: { select: { id: true, parentId: true, kind: true, maxPoints: true } },
      },
    });
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      const roots = table.criteria.filter((c) => c.parentId === null);
      const sections = roots.filter((c) => c.kind === "SECTION");
      expect(sections.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(table.maxPoints);
      expect(table.maxPoints).toBe(10_000);
      for (const parent of table.criteria) {
        const children = table.criteria.filter((c) => c.parentId === parent.id);
        if (children.length > 0)
          expect(children.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(parent.maxPoints);
      }
    }
  });

  it("keeps TN&MT's own name for 2024 and shows its successor's name for 2025", async () => {
    const tnmt = await unitId(t.prisma, "TNMT");
    expect(await unitNameOn(t.prisma, tnmt, yearEnd(2024))).toBe("Sở Tài nguyên và Môi trường");
    expect(await unitNameOn(t.prisma, tnmt, yearEnd(2025))).toBe("Sở Nông nghiệp và Môi trường");
    expect(await unitNameOn(t.prisma, await unitId(t.prisma, "GTVT"), yearEnd(2025))).toBe("Sở Xây dựng");
  });

  it("creates the demo accounts with their grants and the demo password", async () => {
    const users = await t.prisma.user.findMany({
      select: {
        username: true,
        grants: { select: { kind: true, blocId: true, unitId: true }, orderBy: { createdAt: "asc" } },
        passwordHash: true,
        province: { select: { code: true } },
      },
    });
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_USERS.map((u) => u.username).sort());
    for (const user of users) {
      const demo = DEMO_USERS.find((u) => u.username === user.username);
      expect(user.province.code).toBe("YB");
      expect(user.grants.map((grant) => [grant.kind, grant.blocId !== null, grant.unitId !== null])).toEqual(
        demo?.grants.map((grant) => [grant.kind, grant.scope.level === "BLOC", grant.scope.level === "UNIT"]),
      );
      expect(await verify(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it("publishes KTKT 2023 as snapshot no. 1 of 12/01/2024 whose hash verifies", async () => {
    const id = await blocYearId(t.prisma, "KTKT", 2023);
    const year = await t.prisma.blocYear.findUniqueOrThrow({ where: { id }, select: { status: true } });
    expect(year.status).toBe("PUBLISHED");
    const snapshots = await t.prisma.resultSnapshot.findMany({
      where: { blocYearId: id },
      select: { number: true, content: true, contentHash: true, publishedAt: true },
    });
    expect(snapshots).toHaveLength(1);
    const [snapshot] = snapshots;
    expect(snapshot?.number).toBe(1);
    expect(snapshot?.publishedAt.toISOString()).toBe("2024-01-12T03:00:00.000Z");
    const hash = createHash("sha256").update(canonicalJson(snapshot?.content), "utf8").digest("hex");
    expect(hash).toBe(snapshot?.contentHash);
  });

  it("freezes in the 2023 snapshot a spread of results, the ballots, the proposals and the 2024 roles", async () => {
    const id = await blocYearId(t.prisma, "KTKT", 2023);
    const row = await t.prisma.resultSnapshot.findFirstOrThrow({
      where: { blocYearId: id },
      select: { content: true },
    });
    const content = row.content as unknown as SnapshotContent;
    expect(content.format).toBe(3);
    const codeOf = new Map(
      await Promise.all(
        ["KHCN", "TNMT", "GTVT", "XD", "CT", "NNPTNT", "BQLDA", "BQLKCN"].map(
          async (code) => [await unitId(t.prisma, code), code] as const,
        ),
      ),
    );
    const ranked = content.result.units.map((unit) => [
      codeOf.get(unit.unitId),
      unit.rank,
      unit.total,
      unit.classification?.code,
    ]);
    expect(ranked).toEqual([
      ["TNMT", 1, 9875, "HTXS"],
      ["KHCN", 2, 9650, "HTXS"],
      ["GTVT", 3, 9425, "HTXS"],
      ["XD", 4, 9100, "HTXS"],
      ["CT", 5, 9100, "HTXS"],
      ["BQLKCN", 6, 8850, "HTT"],
      ["NNPTNT", 7, 8485, "HTT"],
      ["BQLDA", 8, 6550, "HT"],
    ]);
    const proposals = content.proposals.map((p) => [codeOf.get(p.unitId), p.awardCode, p.status]).sort();
    expect(proposals).toEqual([
      ["GTVT", "BANG_KHEN_UBND_TINH", "PROPOSED"],
      ["KHCN", "BANG_KHEN_UBND_TINH", "PROPOSED"],
      ["TNMT", "CO_THI_DUA_UBND_TINH", "PROPOSED"],
    ]);
    expect(content.ballotTallies).toHaveLength(3);
    expect(content.checklistOverrides).toEqual([]);
    const nextRoles = Object.fromEntries(
      (content.nextYear?.roles ?? []).map((role) => [codeOf.get(role.unitId), role.role]),
    );
    expect(nextRoles).toEqual({ TNMT: "HEAD", GTVT: "STANDING_DEPUTY", CT: "DEPUTY" });
  });

  it("leaves KTKT 2024 being scored: self-scores for most units, some cross-checks, no final scores", async () => {
    const id = await blocYearId(t.prisma, "KTKT", 2024);
    const year = await t.prisma.blocYear.findUniqueOrThrow({ where: { id }, select: { status: true } });
    expect(year.status).toBe("SCORING");
    const sheets = await t.prisma.scoreSheet.groupBy({
      by: ["stage"],
      where: { blocYearId: id },
      _count: { _all: true },
    });
    const count = Object.fromEntries(sheets.map((s) => [s.stage, s._count._all]));
    expect(count).toEqual({ SELF: 5, CROSS_CHECK: 4 });
    const { result } = await computeRanking(t.prisma, { blocYearId: id, asOf: "2024-12-20" });
    const totals = result.units.map((unit) => unit.total);
    expect(new Set(totals).size).toBe(8);
    expect(new Set(result.units.map((unit) => unit.classification?.code)).size).toBeGreaterThan(1);
  });

  it("does nothing on a database that already has a province", async () => {
    const before = await rowCounts(t.prisma);
    await expect(seedDemo(t.prisma)).resolves.toEqual({ seeded: false });
    expect(await rowCounts(t.prisma)).toEqual(before);
  });
});
