import pg from "pg";
import { parse } from "pg-connection-string";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseListener } from "@/server/notify/channel";
import { listenForChanges } from "@/server/notify/listen-database";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import {
  openTestDatabase,
  testBackends,
  type TestBackendKind,
  type TestDatabase,
} from "../../support/test-database";

/** Collects notices and lets a test wait for the next one that matches. */
function noticeInbox() {
  const received: string[] = [];
  const waiters: { match: (id: string) => boolean; resolve: (id: string) => void }[] = [];
  return {
    push(id: string) {
      received.push(id);
      for (const waiter of waiters.splice(0).filter((w) => !w.match(id) || (w.resolve(id), false)))
        waiters.push(waiter);
    },
    next(match: (id: string) => boolean, timeoutMs = 5_000): Promise<string> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no notice within the timeout")), timeoutMs);
        waiters.push({ match, resolve: (id) => (clearTimeout(timer), resolve(id)) });
      });
    },
    received,
  };
}

/** A seeded database with a listener feeding an inbox; hooks registered in the calling describe. */
function listeningWorld(kind: TestBackendKind) {
  let listener: DatabaseListener;
  const world = {
    t: undefined as unknown as TestDatabase,
    demo: undefined as unknown as DemoWorld,
    resyncs: 0,
    inbox: noticeInbox(),
    year: (blocId: string, y: number) =>
      world.t.prisma.blocYear.findFirstOrThrow({ where: { blocId, year: y }, select: { id: true } }),
  };
  beforeAll(async () => {
    world.t = await openTestDatabase(kind, "demo");
    world.demo = await demoWorld(world.t.prisma);
    listener = await listenForChanges(
      world.t.backend,
      { onChange: (id) => world.inbox.push(id), onResync: () => world.resyncs++ },
      { firstDelayMs: 20 },
    );
  });
  afterAll(async () => {
    await listener.close();
    await world.t.close();
  });
  return world;
}

describe.each(testBackends())("bloc-year change notices (%s)", (kind) => {
  const w = listeningWorld(kind);
  const { inbox } = w;

  it("announces a score saved on a sheet with the sheet's bloc-year id and the part that changed", async () => {
    const { id: blocYearId } = await w.year(w.demo.ktkt.id, 2024);
    const criterion = await w.t.prisma.criterion.findFirstOrThrow({
      where: { scoreTable: { blocYearId }, kind: "MANUAL" },
      select: { id: true },
    });
    const member = await w.t.prisma.membership.findFirstOrThrow({
      where: { blocYearId },
      select: { unitId: true },
    });
    const scores = `${blocYearId}:scores`;
    const sheetNotice = inbox.next((id) => id.startsWith(blocYearId));
    const sheet = await w.t.prisma.scoreSheet.create({
      data: { blocYearId, unitId: member.unitId, stage: "FINAL" },
    });
    await expect(sheetNotice).resolves.toBe(scores);
    const notice = inbox.next((id) => id.startsWith(blocYearId));
    await w.t.prisma.scoreLine.create({
      data: { sheetId: sheet.id, criterionId: criterion.id, points: 1250 },
    });
    await expect(notice).resolves.toBe(scores);
  });

  it("announces a task status change, a ballot tally and a year's status, each with its own bloc-year", async () => {
    const ktkt = await w.year(w.demo.ktkt.id, 2024);
    const vhxh = await w.year(w.demo.vhxh.id, 2024);
    const task = await w.t.prisma.task.findFirstOrThrow({
      where: { blocYearId: ktkt.id },
      select: { id: true },
    });
    const taskNotice = inbox.next((id) => id.startsWith(ktkt.id));
    await w.t.prisma.task.update({
      where: { id: task.id },
      data: { status: "DONE", completedOn: new Date("2024-03-01") },
    });
    await expect(taskNotice).resolves.toBe(`${ktkt.id}:tasks`);

    const unit = await w.t.prisma.membership.findFirstOrThrow({
      where: { blocYearId: vhxh.id },
      select: { unitId: true },
    });
    const tallyNotice = inbox.next((id) => id === vhxh.id);
    await w.t.prisma.ballotTally.create({
      data: {
        blocYearId: vhxh.id,
        unitId: unit.unitId,
        awardCode: "CO_THI_DUA_UBND_TINH",
        votesFor: 3,
        votersPresent: 3,
      },
    });
    await expect(tallyNotice).resolves.toBe(vhxh.id);

    const statusNotice = inbox.next((id) => id === vhxh.id);
    await w.t.prisma.blocYear.update({ where: { id: vhxh.id }, data: { status: "SCORING" } });
    await expect(statusNotice).resolves.toBe(vhxh.id);
  });

  it("announces a criterion's maximum, an eligibility flag, and a unit's name in every year the unit belongs to", async () => {
    const ktkt2024 = await w.year(w.demo.ktkt.id, 2024);
    const ktkt2023 = await w.year(w.demo.ktkt.id, 2023);
    const criterion = await w.t.prisma.criterion.findFirstOrThrow({
      where: { scoreTable: { blocYearId: ktkt2024.id } },
      select: { id: true, maxPoints: true },
    });
    const criterionNotice = inbox.next((id) => id === ktkt2024.id);
    await w.t.prisma.criterion.update({
      where: { id: criterion.id },
      data: { maxPoints: criterion.maxPoints },
    });
    await expect(criterionNotice).resolves.toBe(ktkt2024.id);

    const member = await w.t.prisma.membership.findFirstOrThrow({
      where: { blocYearId: ktkt2024.id },
      select: { unitId: true },
    });
    const flagNotice = inbox.next((id) => id === ktkt2024.id);
    await w.t.prisma.eligibilityFlag.create({
      data: {
        blocYearId: ktkt2024.id,
        unitId: member.unitId,
        kind: "INSPECTION",
        since: new Date("2024-05-01"),
      },
    });
    await expect(flagNotice).resolves.toBe(ktkt2024.id);

    const name = await w.t.prisma.unitName.findFirstOrThrow({
      where: { unitId: member.unitId },
      select: { id: true, name: true },
    });
    const before = inbox.received.length;
    const bothYears = Promise.all([
      inbox.next((id) => id === ktkt2023.id),
      inbox.next((id) => id === ktkt2024.id),
    ]);
    await w.t.prisma.unitName.update({ where: { id: name.id }, data: { name: name.name } });
    await expect(bothYears).resolves.toEqual([ktkt2023.id, ktkt2024.id]);
    expect(inbox.received.slice(before).sort()).toEqual([ktkt2023.id, ktkt2024.id].sort());
  });

  it("sends nothing for a transaction that rolls back", async () => {
    const { id: blocYearId } = await w.year(w.demo.ktkt.id, 2024);
    const before = inbox.received.length;
    await expect(
      w.t.prisma.$transaction(async (tx) => {
        await tx.task.updateMany({ where: { blocYearId }, data: { weight: 2 } });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    // A later committed change is delivered, and nothing arrived for the rolled-back one before it.
    const later = inbox.next((id) => id === blocYearId);
    await w.t.prisma.blocYear.update({ where: { id: blocYearId }, data: { version: { increment: 1 } } });
    await later;
    expect(inbox.received.slice(before)).toEqual([blocYearId]);
  });
});

// Only PostgreSQL has a connection to lose: the embedded database listens in-process.
describe.each(testBackends().filter((kind) => kind === "postgres"))(
  "the change listener after a dropped connection (%s)",
  (kind) => {
    const w = listeningWorld(kind);
    const { inbox } = w;

    it("reconnects after the listening connection is killed, asks for a resync, and keeps delivering", async () => {
      const url = (w.t.backend as { url: string }).url;
      const admin = new pg.Client(parse(url) as pg.ClientConfig);
      await admin.connect();
      try {
        const killed = await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`,
        );
        expect(killed.rowCount).toBe(1);
        await expect.poll(() => w.resyncs, { timeout: 5_000 }).toBe(1);
        const { id: blocYearId } = await w.year(w.demo.ktkt.id, 2023);
        const notice = inbox.next((id) => id === blocYearId);
        await w.t.prisma.blocYear.update({ where: { id: blocYearId }, data: { version: { increment: 1 } } });
        await expect(notice).resolves.toBe(blocYearId);
      } finally {
        await admin.end();
      }
    });
  },
);
