import { formatDate } from "@/domain/calendar";
import type { SuccessionRow } from "@/server/queries/members/list-bloc-successions";
import { UndoSuccessionButton } from "./undo-succession-button";

type Props = { blocYearId: string; successions: SuccessionRow[]; canUndo: boolean };

/** The lineage: each recorded merger, the years it set, and its undo while nothing published rests on it. */
export function SuccessionsList({ blocYearId, successions, canUndo }: Props) {
  if (successions.length === 0)
    return <p className="text-sm text-stone-600">Chưa ghi nhận hợp nhất nào của các đơn vị trong khối.</p>;
  return (
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
              <UndoSuccessionButton blocYearId={blocYearId} successionId={succession.id} />
            ))}
        </li>
      ))}
    </ul>
  );
}
