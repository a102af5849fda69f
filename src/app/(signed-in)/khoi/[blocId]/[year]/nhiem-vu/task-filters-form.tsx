import Link from "@/components/app-link";
import { TASK_STATUS_LABEL } from "@/domain/vocabulary";
import type { TaskFilters } from "@/schemas/tasks/task-filters";
import type { TaskList } from "@/server/queries/tasks/list-tasks";
import { INPUT_CLASS } from "./form-fields";

type Props = { list: TaskList; filters: TaskFilters; basePath: string };

/** A plain GET form: the filtered view is a URL, so it can be bookmarked and shared. */
export function TaskFiltersForm({ list, filters, basePath }: Props) {
  return (
    <form
      method="get"
      action={basePath}
      role="search"
      aria-label="Lọc nhiệm vụ"
      className="no-print mt-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <div>
        <label htmlFor="loc-don-vi" className="text-sm font-medium text-stone-700">
          Đơn vị chủ trì
        </label>
        <select id="loc-don-vi" name="don-vi" defaultValue={filters.unitId ?? ""} className={INPUT_CLASS}>
          <option value="">Tất cả đơn vị</option>
          {list.members.map((member) => (
            <option key={member.unitId} value={member.unitId}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="loc-trang-thai" className="text-sm font-medium text-stone-700">
          Trạng thái
        </label>
        <select
          id="loc-trang-thai"
          name="trang-thai"
          defaultValue={filters.status ?? ""}
          className={INPUT_CLASS}
        >
          <option value="">Tất cả trạng thái</option>
          {Object.entries(TASK_STATUS_LABEL).map(([status, label]) => (
            <option key={status} value={status}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="loc-van-ban" className="text-sm font-medium text-stone-700">
          Văn bản giao
        </label>
        <select
          id="loc-van-ban"
          name="van-ban"
          defaultValue={filters.sourceDocumentId ?? ""}
          className={INPUT_CLASS}
        >
          <option value="">Tất cả văn bản</option>
          {list.sourceDocuments.map((document) => (
            <option key={document.id} value={document.id}>
              {document.code}
            </option>
          ))}
          <option value="khong">Không có văn bản</option>
        </select>
      </div>
      <div>
        <label htmlFor="loc-sap-xep" className="text-sm font-medium text-stone-700">
          Sắp xếp
        </label>
        <select id="loc-sap-xep" name="sap-xep" defaultValue={filters.sort} className={INPUT_CLASS}>
          <option value="so">Theo số thứ tự</option>
          <option value="don-vi">Theo đơn vị chủ trì</option>
          <option value="han">Theo hạn hoàn thành</option>
        </select>
      </div>
      <div className="flex flex-col justify-end gap-2">
        <label className="flex items-center gap-2 text-sm font-medium text-stone-700">
          <input
            type="checkbox"
            name="qua-han"
            value="1"
            defaultChecked={filters.overdueOnly}
            className="h-4 w-4"
          />
          Chỉ nhiệm vụ quá hạn ({list.overdueCount})
        </label>
        <div className="flex gap-2">
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
          >
            Lọc
          </button>
          <Link
            href={basePath}
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100"
          >
            Bỏ lọc
          </Link>
        </div>
      </div>
    </form>
  );
}
