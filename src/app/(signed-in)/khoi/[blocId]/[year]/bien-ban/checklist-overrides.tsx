import type { SnapshotOverride } from "@/domain/snapshot/snapshot-content";

/** What the publisher let pass from the publishing checklist, and why: part of the record. */
export function ChecklistOverrides({ overrides }: { overrides: SnapshotOverride[] }) {
  if (overrides.length === 0) return null;
  return (
    <section
      aria-labelledby="overrides-heading"
      className="mt-4 space-y-2 text-sm leading-relaxed break-inside-avoid"
    >
      <h3 id="overrides-heading" className="font-semibold">
        Các điểm còn tồn tại khi công bố kết quả
      </h3>
      <ul className="list-disc pl-6">
        {overrides.map((override) => (
          <li key={override.code}>
            {override.message} Lý do vẫn công bố: {override.reason} — người quyết định:{" "}
            {override.by.displayName}.
          </li>
        ))}
      </ul>
    </section>
  );
}
