import { formatDate, type NamePeriod } from "@/domain/calendar";

/** Every name the unit bore, oldest first, with the days it was borne. */
export function NamesTable({ names }: { names: readonly NamePeriod[] }) {
  if (names.length === 0) return <p className="text-sm text-stone-600">Chưa ghi nhận tên nào.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Tên của đơn vị qua các thời kỳ</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Tên
            </th>
            <th scope="col" className="px-3 py-2">
              Thời gian
            </th>
          </tr>
        </thead>
        <tbody>
          {names.map((period) => (
            <tr key={period.from} className="border-t border-stone-100">
              <th scope="row" className="px-3 py-2 font-medium">
                {period.name}
                <span className="block text-xs font-normal text-stone-600">{period.shortName}</span>
              </th>
              <td className="px-3 py-2 tabular-nums">
                {period.until === null
                  ? `Từ ${formatDate(period.from)} đến nay`
                  : `${formatDate(period.from)} – ${formatDate(period.until)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
