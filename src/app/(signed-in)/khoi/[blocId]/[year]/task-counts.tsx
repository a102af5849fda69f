import { TASK_STATUS_LABEL } from "@/domain/vocabulary";
import type { TaskStatus } from "@/generated/prisma/enums";

const ORDER: TaskStatus[] = ["DONE", "PARTIAL", "IN_PROGRESS", "NOT_STARTED", "NOT_DONE"];

export function TaskCounts({ counts }: { counts: Partial<Record<TaskStatus, number>> }) {
  const total = ORDER.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  return (
    <section aria-labelledby="tasks-heading" className="mt-8">
      <h2 id="tasks-heading" className="text-lg font-semibold">
        Nhiệm vụ được giao ({total})
      </h2>
      {total === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          Chưa có nhiệm vụ nào được giao cho năm này.
        </p>
      ) : (
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {ORDER.map((status) => (
            <div key={status} className="rounded-lg border border-stone-200 bg-white p-4">
              <dt className="text-sm text-stone-600">{TASK_STATUS_LABEL[status]}</dt>
              <dd className="text-2xl font-bold">{counts[status] ?? 0}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
