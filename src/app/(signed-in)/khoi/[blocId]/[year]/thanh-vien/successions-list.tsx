"use client";

import { useState } from "react";
import { formatDate } from "@/domain/calendar";
import type { SuccessionRow } from "@/server/queries/members/list-bloc-successions";
import { UndoSuccessionButton } from "./undo-succession-button";

type Props = { blocYearId: string; successions: SuccessionRow[]; canUndo: boolean };

/**
 * The lineage: each recorded merger, the years it set, and its undo while nothing published rests
 * on it. The message of an undo lives here, since the undone merger leaves the list.
 */
export function SuccessionsList({ blocYearId, successions, canUndo }: Props) {
  const [undone, setUndone] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {undone && (
        <p role="status" className="text-sm text-green-800">
          {undone}
        </p>
      )}
      {successions.length === 0 ? (
        <p className="text-sm text-stone-600">Chưa ghi nhận hợp nhất nào của các đơn vị trong khối.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {successions.map((succession) => (
            <li key={succession.id} className="rounded-md border border-stone-200 bg-white p-3">
              <p>
                <span className="font-medium">{succession.predecessorName}</span> hợp nhất vào{" "}
                <span className="font-medium">{succession.successorName}</span> từ ngày{" "}
                {formatDate(succession.effectiveOn)}
                {succession.decisionRef && ` (${succession.decisionRef})`}
              </p>
              <p className="text-stone-600">
                {succession.years.length > 0
                  ? `Đã áp dụng vào thành viên năm ${succession.years.join(", ")}.`
                  : "Chưa áp dụng vào năm nào của khối."}
              </p>
              {canUndo &&
                (succession.undoBlocker ? (
                  <p className="text-stone-600">{succession.undoBlocker}</p>
                ) : (
                  <UndoSuccessionButton
                    blocYearId={blocYearId}
                    successionId={succession.id}
                    onUndone={() => setUndone(undoneMessage(succession))}
                  />
                ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What the undo changed, in the words of the list: e.g. "…; Sở GTVT trở lại là thành viên năm 2025." */
function undoneMessage(succession: SuccessionRow): string {
  const merger = `Đã huỷ hợp nhất ${succession.predecessorName} vào ${succession.successorName} từ ngày ${formatDate(succession.effectiveOn)}`;
  if (succession.years.length === 0) return `${merger}.`;
  return `${merger}; ${succession.predecessorName} trở lại là thành viên năm ${succession.years.join(", ")}, không rời khối ngày ${formatDate(succession.effectiveOn)}.`;
}
