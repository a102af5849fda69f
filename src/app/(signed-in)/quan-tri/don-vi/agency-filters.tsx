import type { AgencyStatusFilter } from "@/server/queries/province/list-agencies";

const STATUS_LABEL: Record<AgencyStatusFilter, string> = {
  active: "Đang hoạt động",
  inactive: "Ngừng hoạt động, đã hợp nhất",
  all: "Tất cả",
};

/** A plain GET form: the list's address says what it shows, so it can be bookmarked or shared. */
export function AgencyFilters({ search, status }: { search: string; status: AgencyStatusFilter }) {
  return (
    <form role="search" className="mt-4 flex flex-wrap items-end gap-3" action="/quan-tri/don-vi">
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor="agency-search" className="block text-sm font-medium text-stone-700">
          Tìm theo tên, tên viết tắt hoặc mã
        </label>
        <input
          id="agency-search"
          name="q"
          type="search"
          defaultValue={search}
          maxLength={100}
          className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm"
        />
      </div>
      <div>
        <label htmlFor="agency-status" className="block text-sm font-medium text-stone-700">
          Trạng thái
        </label>
        <select
          id="agency-status"
          name="trang-thai"
          defaultValue={status}
          className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm"
        >
          {(Object.keys(STATUS_LABEL) as AgencyStatusFilter[]).map((value) => (
            <option key={value} value={value}>
              {STATUS_LABEL[value]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
      >
        Lọc
      </button>
    </form>
  );
}
