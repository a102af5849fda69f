import type { AppPrismaClient } from "@/server/database/connect";
import type { DemoWorld } from "../../factories/demo";

/** Ids the task tests refer to, looked up from the demo seed. */
export async function taskWorld(prisma: AppPrismaClient, demo: DemoWorld) {
  const year = (blocId: string, number: number) =>
    prisma.blocYear.findFirstOrThrow({ where: { blocId, year: number }, select: { id: true } });
  const unit = (code: string) => prisma.unit.findFirstOrThrow({ where: { code }, select: { id: true } });
  const ktkt2024 = await year(demo.ktkt.id, 2024);
  const criterion = await prisma.criterion.findFirstOrThrow({
    where: { kind: "TASK_DERIVED", scoreTable: { blocYearId: ktkt2024.id } },
    select: { id: true },
  });
  return {
    ktkt2024: ktkt2024.id,
    ktkt2023: (await year(demo.ktkt.id, 2023)).id,
    vhxh2024: (await year(demo.vhxh.id, 2024)).id,
    tnmt: (await unit("TNMT")).id,
    khcn: (await unit("KHCN")).id,
    yte: (await unit("YT")).id,
    criterionId: criterion.id,
    sourceDocumentId: (
      await prisma.sourceDocument.findFirstOrThrow({ where: { code: "188-CTr/TU" }, select: { id: true } })
    ).id,
    task: (number: number) => prisma.task.findFirstOrThrow({ where: { blocYearId: ktkt2024.id, number } }),
    taskCount: (blocYearId: string) => prisma.task.count({ where: { blocYearId } }),
    auditCount: () => prisma.auditEvent.count(),
  };
}

export type TaskWorld = Awaited<ReturnType<typeof taskWorld>>;

/** A valid create-task form as the browser sends it (strings only). */
export function taskForm(world: TaskWorld, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    blocYearId: world.ktkt2024,
    title: "Rà soát, cập nhật danh mục dự án kêu gọi đầu tư năm 2024",
    ownerUnitId: world.tnmt,
    sourceMode: "existing",
    sourceDocumentId: world.sourceDocumentId,
    weight: "2",
    deadline: "2024-11-30",
    criterionId: world.criterionId,
    ...overrides,
  };
}
