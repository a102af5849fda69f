import { childrenOf, deductionTargets, isBonusOrDeduction } from "@/domain/score-table/criteria-tree";
import { formatPoints } from "@/domain/format";
import type { ScoreTableView } from "@/server/queries/score-table/get-score-table-view";
import type { CriterionTarget } from "./criterion-form";
import { CriterionRow } from "./criterion-row";

type Table = NonNullable<ScoreTableView["table"]>;

/** What a deduction's "Trừ vào" list offers. */
export function targetOptions(nodes: Table["nodes"]): CriterionTarget[] {
  return deductionTargets(nodes).map((node) => ({ id: node.key, code: node.code, title: node.title }));
}

/** The criteria tree as an indented table; managers get the controls of each node. */
export function CriteriaTreeTable({ table, editable }: { table: Table; editable: boolean }) {
  const controls = editable
    ? { scoreTableId: table.id, revision: table.revision, targets: targetOptions(table.nodes) }
    : null;
  const columns = editable ? 7 : 6;
  const sectionsTotal = table.nodes
    .filter((node) => node.parentKey === null && !isBonusOrDeduction(node.kind))
    .reduce((sum, node) => sum + node.maxPoints, 0);
  if (table.nodes.length === 0) {
    return (
      <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
        Bảng điểm chưa có mục nào.{editable && " Thêm mục đầu tiên ở dưới."}
      </p>
    );
  }
  return (
    <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-stone-100 text-left text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Mã
            </th>
            <th scope="col" className="px-2 py-2">
              Nội dung
            </th>
            <th scope="col" className="px-2 py-2">
              Loại
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Điểm tối đa
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Mức trần
            </th>
            <th scope="col" className="px-2 py-2">
              Đang dùng
            </th>
            {editable && (
              <th scope="col" className="no-print px-2 py-2">
                Thao tác
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.nodes.map((node) => {
            const siblings = childrenOf(table.nodes, node.parentKey);
            return (
              <CriterionRow
                key={node.key}
                node={node}
                isFirst={siblings[0]?.key === node.key}
                isLast={siblings.at(-1)?.key === node.key}
                editable={controls}
                columns={columns}
                reduces={table.nodes.find((candidate) => candidate.key === node.reducesKey)}
                reducedBy={table.nodes
                  .filter((candidate) => candidate.reducesKey === node.key)
                  .map((candidate) => candidate.code)}
              />
            );
          })}
        </tbody>
        <tfoot className="border-t-2 border-stone-300 font-semibold">
          <tr>
            <td className="px-3 py-2" />
            <th scope="row" className="px-2 py-2 text-left">
              Tổng các mục (thang điểm {formatPoints(table.maxPoints)})
            </th>
            <td />
            <td className="px-2 py-2 text-right tabular-nums">{formatPoints(sectionsTotal)}</td>
            <td colSpan={columns - 4} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
