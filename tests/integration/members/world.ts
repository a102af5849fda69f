import type { AppPrismaClient } from "@/server/database/connect";
import type { DemoWorld } from "../../factories/demo";

/** Ids of the demo's KTKT rows the members tests work on. */
export async function ktktIds(prisma: AppPrismaClient, demo: DemoWorld) {
  const year = (y: number) =>
    prisma.blocYear.findFirstOrThrow({
      where: { blocId: demo.ktkt.id, year: y },
      select: { id: true, version: true },
    });
  const unit = (code: string) =>
    prisma.unit.findFirstOrThrow({ where: { code }, select: { id: true } }).then((u) => u.id);
  return { y2023: await year(2023), y2024: await year(2024), unit };
}

export const FORBIDDEN_USERS = ["thuky.vhxh", "xem.ktkt", "lanhdao.tnmt"] as const;

/** Runs `work` with the year published, then restores its status. */
export async function whilePublished(
  prisma: AppPrismaClient,
  blocYearId: string,
  work: () => Promise<void>,
): Promise<void> {
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

/** Of several simultaneous writes, exactly one succeeds and the others fail with `errorClass`. */
export function expectOneWinner(
  outcomes: PromiseSettledResult<unknown>[],
  errorClass: new (...args: never[]) => Error,
) {
  const winners = outcomes.filter((outcome) => outcome.status === "fulfilled");
  const losers = outcomes.filter(
    (outcome): outcome is PromiseRejectedResult => outcome.status === "rejected",
  );
  if (winners.length !== 1)
    throw new Error(
      `expected one winner, got ${winners.length}: ${losers.map((l) => String(l.reason)).join("; ")}`,
    );
  for (const loser of losers) if (!(loser.reason instanceof errorClass)) throw loser.reason;
}
