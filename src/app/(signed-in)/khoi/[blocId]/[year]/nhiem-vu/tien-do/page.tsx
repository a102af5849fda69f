import type { Metadata } from "next";
import Link from "@/components/app-link";
import { StageNotice } from "@/components/stage-notice";
import { todayInVietnam } from "@/domain/calendar";
import { readTaskFilters } from "@/schemas/tasks/task-filters";
import { db } from "@/server/db";
import { listProgressRows } from "@/server/queries/tasks/progress-rows";
import { openTaskRoute, type TaskRouteParams } from "../task-route";
import { TaskFiltersForm } from "../task-filters-form";
import { ProgressTable } from "./progress-table";

export const metadata: Metadata = { title: "Cập nhật tiến độ nhiều nhiệm vụ" };

type Props = {
  params: TaskRouteParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ProgressTablePage({ params, searchParams }: Props) {
  const { user, header, basePath } = await openTaskRoute(params);
  const filters = readTaskFilters(await searchParams);
  const { list, rows } = await listProgressRows(db, {
    user,
    blocYearId: header.id,
    filters,
    today: todayInVietnam(),
  });
  return (
    <section className="grid gap-2">
      <nav className="no-print text-sm">
        <Link href={basePath} className="text-brand-800 hover:underline">
          ← Danh sách nhiệm vụ
        </Link>
      </nav>
      <StageNotice stage={list.year.stage} activity="taskProgress" />
      <h2 className="text-lg font-semibold">Cập nhật tiến độ nhiều nhiệm vụ</h2>
      <p className="text-sm text-stone-600">
        Gõ như bảng tính: Tab sang ô kế tiếp, Enter xuống dòng dưới (Shift+Enter lên), ← → sang ô bên cạnh, ↑
        ↓ lên xuống dòng (ở ô trạng thái và ô ngày, ↑ ↓ đổi giá trị), Esc bỏ các thay đổi của dòng. Mỗi dòng
        tự lưu khi con trỏ rời khỏi dòng đó. Ngày ghi dạng dd/mm/yyyy.
      </p>
      {list.total > 0 && <TaskFiltersForm list={list} filters={filters} basePath={`${basePath}/tien-do`} />}
      {rows.length === 0 ? (
        <p className="mt-2 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
          Không có nhiệm vụ nào bạn có thể cập nhật tiến độ{list.total > 0 ? " trong bộ lọc này" : ""}.
        </p>
      ) : (
        <ProgressTable rows={rows} basePath={basePath} />
      )}
    </section>
  );
}
