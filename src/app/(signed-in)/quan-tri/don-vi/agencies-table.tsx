import Link from "@/components/app-link";
import { formatDate } from "@/domain/calendar";
import type { AgencyRow, AgencyStatusFilter } from "@/server/queries/province/list-agencies";

function statusText(row: AgencyRow): string {
  if (!row.inactive) return "Đang hoạt động";
  if (row.inactive.kind === "deactivated") return `Ngừng hoạt động từ ${formatDate(row.inactive.on)}`;
  return `Hợp nhất vào ${row.inactive.into.join(", ")} từ ${formatDate(row.inactive.on)}`;
}

function emptyText(search: string, status: AgencyStatusFilter): string {
  if (search) return `Không có đơn vị nào khớp “${search}”.`;
  if (status === "inactive") return "Không có đơn vị nào ngừng hoạt động hoặc đã hợp nhất.";
  return "Tỉnh chưa có cơ quan, đơn vị nào. Hãy thêm từng đơn vị bên dưới hoặc nhập danh sách từ Excel.";
}

/** The agencies with their current names; the name opens the agency's page (history, rename, deactivate). */
export function AgenciesTable(props: { rows: AgencyRow[]; search: string; status: AgencyStatusFilter }) {
  if (props.rows.length === 0)
    return (
      <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
        {emptyText(props.search, props.status)}
      </p>
    );
  return (
    <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Danh sách cơ quan, đơn vị ({props.rows.length})</caption>
        <thead className="bg-stone-50 text-stone-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              Tên đơn vị
            </th>
            <th scope="col" className="px-3 py-2">
              Viết tắt
            </th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">
              Mã
            </th>
            <th scope="col" className="px-3 py-2">
              Trạng thái
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id} className="border-t border-stone-100">
              <td className="px-3 py-2">
                <Link
                  href={`/quan-tri/don-vi/${row.id}`}
                  className="font-medium text-brand-800 hover:underline"
                >
                  {row.name}
                </Link>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{row.shortName}</td>
              <td className="hidden px-3 py-2 font-mono text-xs sm:table-cell">{row.code}</td>
              {/* Room for the status: at 1366 px "Đang hoạt động" wrapped onto three lines; a long
                  merger note may still wrap, within a readable width. */}
              <td
                className={`min-w-44 px-3 py-2 ${row.inactive ? "text-stone-500" : "whitespace-nowrap text-green-800"}`}
              >
                {statusText(row)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="border-t border-stone-100 px-3 py-2 text-xs text-stone-500">{props.rows.length} đơn vị</p>
    </div>
  );
}
