import { Fragment } from "react";
import { formatDate } from "@/domain/calendar";
import type { LinkedUnit } from "@/server/queries/units/unit-lineage";

/**
 * What became of a unit that handed over: the one unit it merged into, or every unit a split
 * passed it to (each with its day) — never only the last one recorded.
 */
export function SuccessorNotice({ successors }: { successors: readonly LinkedUnit[] }) {
  if (successors.length === 0) return null;
  const named = successors.map((successor, index) => (
    <Fragment key={successor.unitId}>
      {index > 0 && (index === successors.length - 1 ? " và " : ", ")}
      <strong>{successor.name}</strong> từ ngày {formatDate(successor.effectiveOn)}
    </Fragment>
  ));
  return (
    <p className="mt-3 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-stone-800">
      {successors.length === 1 ? "Đơn vị đã hợp nhất vào " : "Đơn vị đã được chia tách, tiếp nhận bởi "}
      {named}. Kết quả các năm trước vẫn ghi theo tên đơn vị mang khi đó.
    </p>
  );
}
