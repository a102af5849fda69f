import { KeyTaskBadge } from "@/components/key-task-badge";
import { formatDate } from "@/domain/calendar";
import { taskStatusText } from "@/domain/tasks";
import { formatShare } from "@/domain/format";
import type { UnitTask } from "@/server/queries/rankings/list-unit-tasks";

/** The tasks the unit owns this year, with their status as recorded. */
export function UnitTasksTable({ tasks }: { tasks: readonly UnitTask[] }) {
  return (
    <section aria-labelledby="tasks-heading" className="mt-8">
      <h2 id="tasks-heading" className="text-lg font-semibold">
        Nhiệm vụ của đơn vị ({tasks.length})
      </h2>
      {tasks.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          Đơn vị chưa được giao nhiệm vụ nào trong năm này.
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2 text-right">
                  Số
                </th>
                <th scope="col" className="px-3 py-2 text-left">
                  Nhiệm vụ
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Hạn
                </th>
                <th scope="col" className="px-3 py-2 text-left">
                  Tình trạng
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Ngày hoàn thành
                </th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id} className="border-t border-stone-100">
                  <td className="px-3 py-2 text-right tabular-nums">{task.number}</td>
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {task.title}
                    {task.isKey && <KeyTaskBadge className="ml-2" />}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{formatDate(task.deadline)}</td>
                  <td className="px-3 py-2">
                    {taskStatusText(task)}
                    {task.status === "PARTIAL" && ` (${formatShare(task.completionShare)})`}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatDate(task.completedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
