import type { Metadata } from "next";
import Link from "@/components/app-link";
import { TASK_IMPORT_COLUMNS } from "@/domain/tasks/import-columns";
import { db } from "@/server/db";
import { getTaskYear } from "@/server/queries/tasks/task-year";
import { openTaskRoute, type TaskRouteParams } from "../task-route";
import { ImportPanel } from "./import-panel";

export const metadata: Metadata = { title: "Nhập nhiệm vụ từ Excel" };

export default async function ImportTasksPage({ params }: { params: TaskRouteParams }) {
  const { user, header, basePath } = await openTaskRoute(params);
  const year = await getTaskYear(db, { user, blocYearId: header.id });
  return (
    <section className="grid gap-4">
      <nav className="no-print text-sm">
        <Link href={basePath} className="text-brand-800 hover:underline">
          ← Danh sách nhiệm vụ
        </Link>
      </nav>
      <h2 className="text-xl font-semibold">Nhập nhiệm vụ từ Excel</h2>
      <ol className="list-decimal space-y-1 pl-5 text-sm text-stone-700">
        <li>
          Tải{" "}
          <a href={`${basePath}/nhap-excel/tai-mau`} className="font-medium text-brand-800 underline">
            tệp mẫu năm {year.year}
          </a>{" "}
          (trang “Danh mục” liệt kê đơn vị thành viên và văn bản giao).
        </li>
        <li>
          Điền mỗi nhiệm vụ một dòng: {TASK_IMPORT_COLUMNS.map((column) => column.header).join(" · ")}. Cột
          STT chỉ để tham khảo: số nhiệm vụ được cấp tự động. Cột “Trọng tâm (x)” ghi x cho nhiệm vụ trọng
          tâm, để trống nếu không phải; tệp không có cột này vẫn nhập được.
        </li>
        <li>
          Chọn tệp để nhập. Mọi dòng được kiểm tra trước; chỉ khi cả tệp hợp lệ thì tất cả nhiệm vụ mới được
          lưu.
        </li>
      </ol>
      {year.canEdit ? (
        <ImportPanel uploadUrl={`${basePath}/nhap-excel/tai-len`} listUrl={basePath} />
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
          {year.definitionRefusal}
        </p>
      )}
    </section>
  );
}
