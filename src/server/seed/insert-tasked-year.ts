import { fromIsoDay } from "@/domain/calendar";
import type { Prisma } from "@/generated/prisma/client";
import type { SeededBlocYear } from "./insert-bloc-years";
import { KTKT_UNITS } from "./members";
import { idFor } from "./refs";
import type { TaskedYear } from "./tasked-years";

type TaskedYearContext = {
  provinceId: string;
  unitIds: ReadonlyMap<string, string>;
  blocYear: SeededBlocYear;
  data: TaskedYear;
};

/** A KTKT year's pledge signed by every leader, its tasks from the source document and the registrations. */
export async function insertTaskedYear(
  tx: Prisma.TransactionClient,
  context: TaskedYearContext,
): Promise<void> {
  const { provinceId, unitIds, blocYear, data } = context;
  const { signedOn, ...pledge } = data.pledge;
  await tx.pledge.create({
    data: {
      ...pledge,
      blocYearId: blocYear.id,
      signedOn: fromIsoDay(signedOn),
      signatures: {
        createMany: {
          data: KTKT_UNITS.map(({ code, leader }) => ({
            unitId: idFor(unitIds, code),
            signerName: leader.name,
            signerTitle: leader.title,
            signedOn: fromIsoDay(signedOn),
          })),
        },
      },
    },
    select: { id: true },
  });

  const { issuedOn, ...document } = data.source;
  const source = await tx.sourceDocument.create({
    data: { ...document, provinceId, issuedOn: fromIsoDay(issuedOn) },
    select: { id: true },
  });
  const tasks = await tx.task.createManyAndReturn({
    data: data.tasks.map(({ owner, weight, deadline, outcome, title }, index) => ({
      blocYearId: blocYear.id,
      number: index + 1,
      ownerUnitId: idFor(unitIds, owner),
      sourceDocumentId: source.id,
      criterionId: blocYear.taskCriterionId,
      title,
      weight,
      deadline: fromIsoDay(deadline),
      status: outcome.status,
      completionShare: outcome.completionShare,
      completedOn: outcome.completedOn === null ? null : fromIsoDay(outcome.completedOn),
    })),
    select: { id: true, number: true },
  });
  await insertRegistrations(tx, {
    ...context,
    taskIds: new Map(tasks.map((task) => [String(task.number), task.id])),
  });
}

async function insertRegistrations(
  tx: Prisma.TransactionClient,
  context: TaskedYearContext & { taskIds: ReadonlyMap<string, string> },
): Promise<void> {
  const { unitIds, blocYear, taskIds, data } = context;
  if (data.registrations.length === 0) return;
  const registrations = await tx.registration.createManyAndReturn({
    data: data.registrations.map(({ unit, kind, content }) => ({
      blocYearId: blocYear.id,
      unitId: idFor(unitIds, unit),
      kind,
      content,
    })),
    select: { id: true, unitId: true, content: true },
  });
  // Matched on (unit, content), unique within the seed, rather than on the order rows come back in.
  const registrationIds = new Map(registrations.map((row) => [`${row.unitId}:${row.content}`, row.id]));
  await tx.registrationTask.createMany({
    data: data.registrations.flatMap(({ unit, content, taskNumbers = [] }) =>
      taskNumbers.map((number) => ({
        registrationId: idFor(registrationIds, `${idFor(unitIds, unit)}:${content}`),
        taskId: idFor(taskIds, String(number)),
      })),
    ),
  });
}
