import Link from "@/components/app-link";
import { formatDate } from "@/domain/calendar";
import { formatShare } from "@/domain/format";
import { taskStatusText } from "@/domain/tasks";
import type { TaskListRow } from "@/server/queries/tasks/list-tasks";
import { EvidenceLink, OverdueBadge } from "./task-parts";
import { KeyTaskBadge } from "@/components/key-task-badge";

/**
 * The task list as cards on a phone (below md), where the table's nine columns squeeze titles to a
 * word per line: number and title first, then who owns it, when it is due and how it stands.
 */
export function TaskCards({ tasks, basePath }: { tasks: TaskListRow[]; basePath: string }) {
  return (
    <ol className="mt-4 space-y-3 md:hidden" aria-label="Danh sách nhiệm vụ">
      {tasks.map((task) => (
        <li key={task.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
          <Link
            href={`${basePath}/${task.number}`}
            className="block font-medium text-brand-800 hover:underline"
          >
            {task.number}. {task.title}
          </Link>
          {task.isKey && <KeyTaskBadge className="mt-1 inline-block" />}
          <p className="mt-1 text-stone-600">{task.ownerName}</p>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="tabular-nums">Hạn {formatDate(task.deadline)}</span>
            {task.overdue && <OverdueBadge />}
            <span className="font-medium">{taskStatusText(task)}</span>
          </p>
          <p className="mt-1 text-xs text-stone-600">
            {/* The table's other columns, in its order. */}
            Văn bản giao: {task.sourceDocument?.code ?? "—"} · Trọng số: {task.weight} · Hoàn thành:{" "}
            {task.completedOn ? formatDate(task.completedOn) : "—"} ({formatShare(task.completionShare)})
          </p>
          {(task.evidenceNote || task.evidenceUrl) && (
            <p className="mt-1 text-xs text-stone-600">
              Minh chứng: {task.evidenceNote} {task.evidenceUrl && <EvidenceLink url={task.evidenceUrl} />}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
