import type { TreeValidation } from "@/domain/score-table/validate-criteria-tree";

/** What the checks of the tree say: errors (must be fixed) and warnings (may be fine while building). */
export function TreeChecks({ validation }: { validation: TreeValidation }) {
  if (validation.errors.length === 0 && validation.warnings.length === 0) return null;
  return (
    <div className="mt-3 space-y-2 text-sm">
      {validation.errors.length > 0 && (
        <ul
          role="alert"
          aria-label="Lỗi bảng điểm"
          className="list-disc rounded-md border border-brand-100 bg-brand-50 py-2 pr-3 pl-8 text-brand-800"
        >
          {validation.errors.map((issue) => (
            <li key={issue.message}>{issue.message}</li>
          ))}
        </ul>
      )}
      {validation.warnings.length > 0 && (
        <ul
          aria-label="Lưu ý về bảng điểm"
          className="list-disc rounded-md border border-amber-200 bg-amber-50 py-2 pr-3 pl-8 text-amber-900"
        >
          {validation.warnings.map((issue) => (
            <li key={issue.message}>Lưu ý: {issue.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
