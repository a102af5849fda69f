import type { Metadata } from "next";
import Link from "@/components/app-link";
import { StageNotice } from "@/components/stage-notice";
import { TASK_STATUS_LABEL } from "@/domain/vocabulary";
import { todayInVietnam } from "@/domain/calendar";
import type { TaskStatus } from "@/generated/prisma/enums";
import { readTaskFilters } from "@/schemas/tasks/task-filters";
import { db } from "@/server/db";
import { listTasks } from "@/server/queries/tasks/list-tasks";
import { openTaskRoute, type TaskRouteParams } from "../task-route";
import { TaskFiltersForm } from "../task-filters-form";
import { TaskCards } from "../task-cards";
import { TasksTable } from "../tasks-table";

export const metadata: Metadata = { title: "Nhiệm vụ được giao" };

type Props = {
  params: TaskRouteParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const STATUS_ORDER: TaskStatus[] = ["DONE", "PARTIAL", "IN_PROGRESS", "NOT_STARTED", "NOT_DONE"];
const LINK_CLASS =
  "rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50";

export default async function TasksPage({ params, searchParams }: Props) {
  const { user, header, basePath } = await openTaskRoute(params);
  const query = await searchParams;
  const filters = readTaskFilters(query);
  const deletedNumber =
    typeof query["da-xoa"] === "string" && /^\d{1,6}$/.test(query["da-xoa"]) ? query["da-xoa"] : null;
  const list = await listTasks(db, {
    user,
    blocYearId: header.id,
    filters,
    today: todayInVietnam(),
  });
  return (
    <>
      {list.year.canManage && <StageNotice stage={list.year.stage} activity="tasks" />}
      {deletedNumber && (
        <p role="status" className="mb-3 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Đã xóa nhiệm vụ số {deletedNumber}.
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">Nhiệm vụ được giao ({list.total})</h2>
        <div className="no-print flex flex-wrap gap-2">
          <Link href={`${basePath}/cham-tien-do`} className={LINK_CLASS}>
            Nhiệm vụ chậm tiến độ
          </Link>
          {list.year.progressOpen && (
            <Link href={`${basePath}/tien-do`} className={LINK_CLASS}>
              Cập nhật tiến độ nhiều nhiệm vụ
            </Link>
          )}
          {list.year.canEdit && (
            <Link href={`${basePath}/nhap-excel`} className={LINK_CLASS}>
              Nhập từ Excel
            </Link>
          )}
          {list.year.canEdit && (
            <Link
              href={`${basePath}/moi`}
              className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
            >
              Thêm nhiệm vụ
            </Link>
          )}
        </div>
      </div>
      <ul aria-label="Số nhiệm vụ theo trạng thái" className="mt-3 flex flex-wrap gap-2 text-sm">
        {STATUS_ORDER.map((status) => (
          <li key={status} className="rounded-full bg-white px-3 py-1 ring-1 ring-stone-200">
            {TASK_STATUS_LABEL[status]}: <strong>{list.statusCounts[status] ?? 0}</strong>
          </li>
        ))}
        <li className="rounded-full bg-brand-50 px-3 py-1 text-brand-800 ring-1 ring-brand-100">
          Quá hạn: <strong>{list.overdueCount}</strong>
        </li>
      </ul>
      {list.total > 0 && <TaskFiltersForm list={list} filters={filters} basePath={basePath} />}
      {list.total === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
          Chưa có nhiệm vụ nào được giao cho năm này.
          {list.year.canEdit && " Hãy thêm từng nhiệm vụ hoặc nhập cả danh sách từ tệp Excel."}
        </p>
      ) : (
        <>
          <p role="status" className="mt-4 text-sm text-stone-600">
            Đang hiển thị {list.tasks.length} trên {list.total} nhiệm vụ.
          </p>
          {list.tasks.length === 0 ? (
            <p className="mt-2 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
              Không có nhiệm vụ nào khớp bộ lọc.
            </p>
          ) : (
            <>
              <TaskCards tasks={list.tasks} basePath={basePath} />
              <TasksTable tasks={list.tasks} basePath={basePath} />
            </>
          )}
        </>
      )}
    </>
  );
}
