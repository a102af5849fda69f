import { expect } from "vitest";
import type { AppPrismaClient } from "@/server/database/connect";
import { ForbiddenError } from "@/server/errors";
import type { DemoWorld } from "../../factories/demo";

export const FORBIDDEN_USERS = ["thuky.vhxh", "xem.ktkt", "lanhdao.tnmt"] as const;

/** The KTKT bloc-year of a year, with its members' unit ids. */
export async function ktktYear(prisma: AppPrismaClient, demo: DemoWorld, year: number) {
  const row = await prisma.blocYear.findFirstOrThrow({
    where: { blocId: demo.ktkt.id, year },
    select: { id: true, version: true, status: true, memberships: { select: { unitId: true } } },
  });
  return { ...row, unitIds: row.memberships.map((m) => m.unitId) };
}

/** A unit of another bloc: forms may send any id, the mutation must refuse it. */
export async function outsiderUnitId(prisma: AppPrismaClient, demo: DemoWorld): Promise<string> {
  const row = await prisma.membership.findFirstOrThrow({
    where: { blocYear: { blocId: demo.vhxh.id } },
    select: { unitId: true },
  });
  return row.unitId;
}

/** Runs `work` with the year published, restoring its status after. */
export async function whilePublished(prisma: AppPrismaClient, blocYearId: string, work: () => Promise<void>) {
  const { status } = await prisma.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: { status: true },
  });
  await prisma.blocYear.update({ where: { id: blocYearId }, data: { status: "PUBLISHED" } });
  try {
    await work();
  } finally {
    await prisma.blocYear.update({ where: { id: blocYearId }, data: { status } });
  }
}

export async function expectForbiddenAndUnchanged(options: {
  attempt: () => Promise<unknown>;
  snapshot: () => Promise<unknown>;
}) {
  const before = await options.snapshot();
  await expect(options.attempt()).rejects.toBeInstanceOf(ForbiddenError);
  expect(await options.snapshot()).toEqual(before);
}

export const auditCount = (prisma: AppPrismaClient, entity: string) =>
  prisma.auditEvent.count({ where: { entity } });
