import { formatDate } from "@/domain/calendar";
import type { GridRow } from "@/server/queries/scoring/score-grid-types";
import { SHEET_STATUS_LABEL } from "@/domain/vocabulary";
import { ReviewSheetForms, SubmitSheetForm } from "./sheet-forms";

/**
 * The self-score sheets: status, return reason, and what the user may do with each. `onlyOwnUnit`:
 * the user sees their own unit's sheet only (the year hides members' provisional scores).
 */
export function SheetPanel({ rows, onlyOwnUnit }: { rows: GridRow[]; onlyOwnUnit: boolean }) {
  const shown = rows.filter(
    (row) => row.sheet && (row.canSubmit || row.canReview || row.sheet.status !== "DRAFT" || row.canEdit),
  );
  if (shown.length === 0)
    return (
      <p className="mt-6 text-sm text-stone-500">
        {onlyOwnUnit
          ? "Đơn vị của bạn chưa nộp phiếu tự chấm. Phiếu của các đơn vị khác không hiển thị khi năm thi đua không cho các đơn vị xem điểm của nhau."
          : "Chưa có đơn vị nào nộp phiếu tự chấm."}
      </p>
    );
  return (
    <section
      aria-labelledby="sheets-heading"
      className="mt-6 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="sheets-heading" className="text-lg font-semibold">
        Phiếu tự chấm
      </h2>
      <ul className="mt-2 divide-y divide-stone-100">
        {shown.map((row) => {
          const sheet = row.sheet!;
          return (
            <li key={row.unitId} className="py-3" aria-label={`Phiếu của ${row.name}`}>
              <p className="font-medium">
                {row.name}: <span data-testid="sheet-status">{SHEET_STATUS_LABEL[sheet.status]}</span>
                {sheet.submittedAt && (
                  <span className="text-sm font-normal text-stone-500">
                    {" "}
                    · nộp ngày {formatDate(new Date(sheet.submittedAt))}
                  </span>
                )}
              </p>
              {sheet.status === "RETURNED" && sheet.returnReason && (
                <p className="mt-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  Lý do trả lại: {sheet.returnReason}
                </p>
              )}
              <div className="mt-2">
                {row.canSubmit && <SubmitSheetForm key={sheet.version} sheet={sheet} unitName={row.name} />}
                {row.canReview && <ReviewSheetForms key={sheet.version} sheet={sheet} unitName={row.name} />}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
