import { formatPoints } from "@/domain/format";
import type { GridGroup } from "@/server/queries/scoring/score-grid-types";

/** Two header rows: sections over their criteria, each criterion with its maximum. */
export function GridHead({ groups, showSheetStatus }: { groups: GridGroup[]; showSheetStatus: boolean }) {
  const tail = showSheetStatus ? 4 : 3;
  return (
    <thead className="sticky top-0 z-20 bg-stone-50 text-xs text-stone-700 print:static">
      <tr>
        <th scope="col" rowSpan={2} className="sticky left-0 z-10 bg-stone-50 px-3 py-2 text-left">
          Đơn vị
        </th>
        {groups.map((group) => (
          <th
            key={group.id}
            scope="colgroup"
            colSpan={group.leaves.length}
            title={group.title}
            className="max-w-0 border-l border-stone-200 px-2 py-1 align-bottom"
          >
            {/* The section's width is its criteria's: a long title takes two lines before it is cut. */}
            <span className="line-clamp-2 break-words">
              {group.code}. {group.title}
            </span>
          </th>
        ))}
        <th scope="colgroup" colSpan={tail} className="border-l border-stone-200 px-2 py-1">
          Tổng hợp
        </th>
      </tr>
      <tr>
        {groups.flatMap((group) =>
          group.leaves.map((leaf) => (
            <th
              key={leaf.id}
              scope="col"
              title={leaf.title}
              className="border-l border-stone-200 px-2 py-1 font-medium"
            >
              <abbr title={leaf.title} className="no-underline">
                {leaf.code}
              </abbr>
              <span className="block font-normal text-stone-500">
                ≤ {formatPoints(leaf.limit)}
                {leaf.typed ? "" : " · tự động"}
              </span>
            </th>
          )),
        )}
        <th
          scope="col"
          className="border-l border-stone-200 px-2 py-1"
          title="Cộng các điểm của giai đoạn này, chưa áp mức trần"
        >
          Cộng giai&nbsp;đoạn
        </th>
        <th
          scope="col"
          className="px-2 py-1"
          title="Tổng chính thức do hệ thống tính: chấm cuối, rồi kiểm tra chéo"
        >
          Tổng điểm
        </th>
        <th scope="col" className="px-2 py-1">
          Hạng
        </th>
        {showSheetStatus && (
          <th scope="col" className="px-2 py-1">
            Phiếu
          </th>
        )}
      </tr>
    </thead>
  );
}
