import type { ScoreTableView } from "@/server/queries/score-table/get-score-table-view";
import { AddRootCriterion } from "./add-root-criterion";
import { CreateTableForm } from "./create-table-form";
import { CriteriaTreeTable, targetOptions } from "./criteria-tree-table";
import { ScaleForm } from "./scale-form";
import { TreeChecks } from "./tree-checks";
import { VersionsList } from "./versions-list";

type Props = { view: ScoreTableView; editable: boolean; blocYearId: string; year: number; basePath: string };

/** The score table shown (in force or an earlier version), its checks and versions. */
export function ScoreTableSection({ view, editable, blocYearId, year, basePath }: Props) {
  const table = view.table;
  if (!table) {
    return (
      <section aria-labelledby="table-heading">
        <h2 id="table-heading" className="text-lg font-semibold">
          Bảng điểm
        </h2>
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
          Năm {year} chưa có bảng điểm.
        </p>
        {editable && <CreateTableForm blocYearId={blocYearId} year={year} />}
      </section>
    );
  }
  const canEdit = editable && table.inForce;
  const inUse = table.nodes.some((node) => node.tasks > 0 || node.scoreLines > 0);
  return (
    <section aria-labelledby="table-heading">
      <h2 id="table-heading" className="text-lg font-semibold">
        {table.title}
      </h2>
      <p className="text-sm text-stone-600">
        Phiên bản {table.version} · {table.inForce ? "đang áp dụng" : "bản cũ, chỉ xem"}
      </p>
      {canEdit && inUse && (
        <p className="no-print mt-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          Đã có nhiệm vụ hoặc điểm chấm gắn với bảng điểm này: mỗi thay đổi cấu trúc sẽ tạo phiên bản mới và
          chuyển nhiệm vụ, điểm đã chấm sang phiên bản đó. Đổi tên mục không tạo phiên bản mới.
        </p>
      )}
      {canEdit && (
        <ScaleForm
          key={`scale-${table.revision}`}
          scoreTableId={table.id}
          revision={table.revision}
          title={table.title}
          maxPoints={table.maxPoints}
        />
      )}
      <TreeChecks validation={table.validation} />
      <CriteriaTreeTable key={`tree-${table.revision}`} table={table} editable={canEdit} />
      {canEdit && (
        <AddRootCriterion
          key={`add-${table.revision}`}
          scoreTableId={table.id}
          revision={table.revision}
          targets={targetOptions(table.nodes)}
        />
      )}
      <VersionsList versions={view.versions} shownVersion={table.version} basePath={basePath} />
    </section>
  );
}
