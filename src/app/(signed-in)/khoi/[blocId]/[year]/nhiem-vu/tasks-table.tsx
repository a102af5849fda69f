import Link from "@/components/app-link";
import { formatDate } from "@/domain/calendar";
import { taskStatusText } from "@/domain/tasks";
import { formatShare } from "@/domain/format";
import type { TaskListRow } from "@/server/queries/tasks/list-tasks";
import { EvidenceLink, OverdueBadge } from "./task-parts";
import { KeyTaskBadge } from "@/components/key-task-badge";

/** The task list as officials read it, from md up; a phone gets `TaskCards`. */
export function TasksTable({ tasks, basePath }: { tasks: TaskListRow[]; basePath: string }) {
  return (
    <div className="mt-4 hidden overflow-x-auto rounded-lg border border-stone-200 bg-white md:block">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Danh sách nhiệm vụ</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Số
            </th>
            <th scope="col" className="px-3 py-2">
              Nội dung nhiệm vụ
            </th>
            <th scope="col" className="px-3 py-2">
              Đơn vị chủ trì
            </th>
            <th scope="col" className="px-3 py-2">
              Văn bản giao
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Trọng số
            </th>
            <th scope="col" className="px-3 py-2">
              Hạn
            </th>
            <th scope="col" className="px-3 py-2">
              Trạng thái
            </th>
            <th scope="col" className="px-3 py-2">
              Hoàn thành
            </th>
            <th scope="col" className="px-3 py-2">
              Minh chứng
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} className="border-t border-stone-100 align-top">
              <td className="px-3 py-2 tabular-nums">{task.number}</td>
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`${basePath}/${task.number}`} className="text-brand-800 hover:underline">
                  {task.title}
                </Link>
                {task.isKey && <KeyTaskBadge className="ml-2" />}
              </th>
              <td className="px-3 py-2">{task.ownerName}</td>
              <td className="px-3 py-2" title={task.sourceDocument?.title}>
                {task.sourceDocument?.code ?? "—"}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{task.weight}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {formatDate(task.deadline)}
                {task.overdue && <OverdueBadge className="mt-1 block w-fit" />}
              </td>
              <td className="px-3 py-2">{taskStatusText(task)}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {task.completedOn ? formatDate(task.completedOn) : "—"}
                <span className="block text-xs text-stone-500">{formatShare(task.completionShare)}</span>
              </td>
              <td className="max-w-56 px-3 py-2">
                {task.evidenceNote && <span className="block">{task.evidenceNote}</span>}
                {task.evidenceUrl && <EvidenceLink url={task.evidenceUrl} className="break-all" />}
                {!task.evidenceNote && !task.evidenceUrl && "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
