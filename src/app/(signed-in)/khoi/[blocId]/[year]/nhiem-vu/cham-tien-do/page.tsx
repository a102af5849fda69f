import type { Metadata } from "next";
import Link from "@/components/app-link";
import { addDays, daysBetween, formatDate, todayInVietnam, toIsoDay } from "@/domain/calendar";
import { TASK_STATUS_LABEL } from "@/domain/vocabulary";
import { formatShare } from "@/domain/format";
import { DUE_SOON_DAYS } from "@/domain/tasks";
import { db } from "@/server/db";
import { listLaggards } from "@/server/queries/tasks/list-laggards";
import { openTaskRoute, type TaskRouteParams } from "../task-route";

export const metadata: Metadata = { title: "Nhiệm vụ chậm tiến độ" };

const daysLate = (deadline: Date, asOf: string) => daysBetween(toIsoDay(deadline), asOf);

export default async function LaggardsPage({ params }: { params: TaskRouteParams }) {
  const { user, header, basePath } = await openTaskRoute(params);
  const list = await listLaggards(db, { user, blocYearId: header.id, today: todayInVietnam() });
  return (
    <section className="grid gap-4">
      <nav className="no-print text-sm">
        <Link href={basePath} className="text-brand-800 hover:underline">
          ← Danh sách nhiệm vụ
        </Link>
      </nav>
      <header>
        <h2 className="text-xl font-semibold">Nhiệm vụ chậm tiến độ</h2>
        <p className="text-sm text-stone-600">
          Tính đến ngày {formatDate(list.asOf)}: {list.overdueCount} nhiệm vụ quá hạn, {list.dueSoonCount}{" "}
          nhiệm vụ đến hạn trong {DUE_SOON_DAYS} ngày tới (đến {formatDate(addDays(list.asOf, DUE_SOON_DAYS))}
          ).
        </p>
      </header>
      {list.groups.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
          Không có nhiệm vụ nào quá hạn hoặc sắp đến hạn.
        </p>
      ) : (
        list.groups.map((group) => (
          <section
            key={group.unitId}
            aria-labelledby={`unit-${group.unitId}`}
            className="break-inside-avoid rounded-lg border border-stone-200 bg-white"
          >
            <h3 id={`unit-${group.unitId}`} className="border-b border-stone-100 px-4 py-2 font-semibold">
              {group.name} <span className="font-normal text-stone-500">({group.tasks.length})</span>
            </h3>
            <ul className="divide-y divide-stone-100 text-sm">
              {group.tasks.map((task) => (
                <li key={task.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2">
                  <span
                    className={`rounded px-1.5 text-xs font-medium ${task.lateness === "overdue" ? "bg-brand-100 text-brand-800" : "bg-amber-100 text-amber-900"}`}
                  >
                    {task.lateness === "overdue"
                      ? `Quá hạn ${daysLate(task.deadline, list.asOf)} ngày`
                      : "Sắp đến hạn"}
                  </span>
                  <span className="tabular-nums">Hạn {formatDate(task.deadline)}</span>
                  <Link
                    href={`${basePath}/${task.number}`}
                    className="min-w-0 flex-1 text-brand-800 hover:underline"
                  >
                    {task.number}. {task.title}
                  </Link>
                  <span className="text-stone-600">
                    {TASK_STATUS_LABEL[task.status]} · {formatShare(task.completionShare)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
