"use client";

import { useState } from "react";
import { formatHundredthsInput } from "@/domain/score-table/decimal-input";
import { MAX_TREE_DEPTH } from "@/domain/score-table/criteria-tree";
import { CRITERION_KIND_LABEL } from "@/domain/vocabulary";
import { formatPoints } from "@/domain/format";
import type { ScoreTableNodeView } from "@/server/queries/score-table/get-score-table-view";
import { type CriterionTarget, CriterionForm } from "./criterion-form";
import { NodeCommandForm } from "./node-command-form";

type Props = {
  node: ScoreTableNodeView;
  isFirst: boolean;
  isLast: boolean;
  editable: { scoreTableId: string; revision: string; targets: CriterionTarget[] } | null;
  columns: number;
  /** The criterion this deduction reduces, if it names one. */
  reduces?: { code: string };
  /** The codes of the deductions that reduce this criterion. */
  reducedBy: string[];
};

const LINK = "text-sm text-brand-800 underline-offset-2 hover:underline disabled:opacity-40";
const INDENT = ["pl-3", "pl-8", "pl-14"];

function usage(node: ScoreTableNodeView): string {
  const parts = [
    node.tasks > 0 && `${node.tasks} nhiệm vụ`,
    node.scoreLines > 0 && `${node.scoreLines} điểm đã chấm`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "—";
}

/** One node of the tree, with its edit, add-child, move and delete controls for a manager. */
export function CriterionRow({ node, isFirst, isLast, editable, columns, reduces, reducedBy }: Props) {
  const [open, setOpen] = useState<"edit" | "add" | "delete" | null>(null);
  const weight = node.depth === 1 ? "font-semibold" : "";
  const canHaveChildren = node.depth < MAX_TREE_DEPTH && node.kind !== "TASK_DERIVED";
  return (
    <>
      <tr className="border-t border-stone-100 align-top">
        <td className={`py-2 pr-2 ${INDENT[node.depth - 1] ?? "pl-14"} ${weight} whitespace-nowrap`}>
          {node.code}
        </td>
        <th scope="row" className={`px-2 py-2 text-left ${weight}`}>
          {node.title}
          {reduces && (
            <span className="block text-xs font-normal text-stone-600">
              Trừ vào tiêu chí {reduces.code}, không làm tiêu chí thấp hơn 0
            </span>
          )}
        </th>
        <td className="px-2 py-2 whitespace-nowrap">{CRITERION_KIND_LABEL[node.kind]}</td>
        <td className="px-2 py-2 text-right tabular-nums">{formatPoints(node.maxPoints)}</td>
        <td className="px-2 py-2 text-right tabular-nums">
          {node.capPoints === null ? "—" : formatPoints(node.capPoints)}
        </td>
        <td className="px-2 py-2 text-xs text-stone-600">{usage(node)}</td>
        {editable && (
          <td className="no-print px-2 py-2">
            <div
              className="flex flex-wrap gap-x-3 gap-y-1"
              role="group"
              aria-label={`Thao tác với mục ${node.code}`}
            >
              <button
                type="button"
                className={LINK}
                onClick={() => setOpen(open === "edit" ? null : "edit")}
                aria-expanded={open === "edit"}
              >
                Sửa
              </button>
              {canHaveChildren && (
                <button
                  type="button"
                  className={LINK}
                  onClick={() => setOpen(open === "add" ? null : "add")}
                  aria-expanded={open === "add"}
                >
                  Thêm mục con
                </button>
              )}
              <NodeCommandForm
                {...editable}
                criterionId={node.key}
                command={{ operation: "move", direction: "up" }}
                label="Lên"
                pendingLabel="Đang chuyển…"
                className={LINK}
                disabled={isFirst}
              />
              <NodeCommandForm
                {...editable}
                criterionId={node.key}
                command={{ operation: "move", direction: "down" }}
                label="Xuống"
                pendingLabel="Đang chuyển…"
                className={LINK}
                disabled={isLast}
              />
              <button
                type="button"
                className={LINK}
                onClick={() => setOpen(open === "delete" ? null : "delete")}
                aria-expanded={open === "delete"}
              >
                Xóa
              </button>
            </div>
          </td>
        )}
      </tr>
      {editable && open && (
        <tr className="no-print">
          <td colSpan={columns} className="px-2 pb-3">
            {open === "delete" ? (
              <div className="flex flex-wrap items-center gap-3 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
                <span>
                  Xóa mục {node.code} “{node.title}”{node.hasChildren ? " cùng các mục con" : ""}?
                  {reducedBy.length > 0 &&
                    ` Điểm trừ ${reducedBy.join(", ")} đang trừ vào mục này sẽ trừ vào tổng điểm.`}
                </span>
                <NodeCommandForm
                  {...editable}
                  criterionId={node.key}
                  command={{ operation: "delete" }}
                  label="Xóa mục"
                  pendingLabel="Đang xóa…"
                  className="rounded-md bg-brand-700 px-3 py-1 text-white disabled:opacity-50"
                />
                <button
                  type="button"
                  className="rounded-md border border-stone-300 bg-white px-3 py-1"
                  onClick={() => setOpen(null)}
                >
                  Hủy
                </button>
              </div>
            ) : (
              <CriterionForm
                {...editable}
                canReduce={open === "add" || !node.hasChildren}
                idPrefix={`${open}-${node.key}`}
                mode={
                  open === "edit"
                    ? { operation: "update", criterionId: node.key }
                    : { operation: "add", parentId: node.key }
                }
                initial={
                  open === "edit"
                    ? {
                        code: node.code,
                        title: node.title,
                        kind: node.kind,
                        maxPoints: formatHundredthsInput(node.maxPoints),
                        capPoints: node.capPoints === null ? "" : formatHundredthsInput(node.capPoints),
                        reducesId: node.reducesKey ?? "",
                      }
                    : {
                        code: `${node.code}.`,
                        title: "",
                        kind: node.kind === "BONUS" || node.kind === "DEDUCTION" ? node.kind : "MANUAL",
                        maxPoints: "",
                        capPoints: "",
                        reducesId: "",
                      }
                }
                onCancel={() => setOpen(null)}
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
