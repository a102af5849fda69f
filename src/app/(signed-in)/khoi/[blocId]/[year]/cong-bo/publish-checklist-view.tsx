import type { ChecklistItem } from "@/domain/publishing";

const MARK = {
  passed: { symbol: "✓", label: "Đạt", className: "text-emerald-700" },
  blocking: { symbol: "✗", label: "Phải xử lý trước khi công bố", className: "text-red-700" },
  override: { symbol: "!", label: "Cần nêu lý do nếu vẫn công bố", className: "text-amber-700" },
} as const;

const markOf = (item: ChecklistItem) => (item.open ? MARK[item.severity] : MARK.passed);

/** Every check run before publishing, passed ones too, so the officer sees what was checked. */
export function PublishChecklistView({ items }: { items: ChecklistItem[] }) {
  return (
    <section aria-labelledby="checklist-heading" className="mt-3">
      <h3 id="checklist-heading" className="font-semibold">
        Kiểm tra trước khi công bố
      </h3>
      <ul className="mt-2 space-y-1 text-sm">
        {items.map((item) => {
          const mark = markOf(item);
          return (
            <li key={item.code} className="flex gap-2">
              <span aria-hidden className={`w-4 font-bold ${mark.className}`}>
                {mark.symbol}
              </span>
              <span>
                <span className="sr-only">{mark.label}: </span>
                {item.message}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
