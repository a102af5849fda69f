import { formatPoints } from "@/domain/format";
import { formatSignedPoints } from "@/domain/format";
import type { WhatIfOutcome, WhatIfUnit } from "@/server/queries/rankings/run-what-if";

const num = "px-3 py-2 text-right tabular-nums";

const movement = (placesGained: number) =>
  placesGained > 0
    ? `lên ${placesGained} bậc`
    : placesGained < 0
      ? `xuống ${-placesGained} bậc`
      : "giữ nguyên hạng";

const DIRECTION: Record<WhatIfUnit["movement"], string> = {
  up: "sẽ lên hạng",
  down: "sẽ xuống hạng",
  same: "giữ nguyên hạng",
};

/** "Hạng: 3 → 2 (lên 1 bậc)", or only the direction while other units' figures are withheld. */
function RankChange({ unit }: { unit: WhatIfUnit }) {
  if (!unit.ranks) return <strong>{DIRECTION[unit.movement]}</strong>;
  return (
    <>
      <strong>
        {unit.ranks.before} → {unit.ranks.after}
      </strong>{" "}
      ({movement(unit.ranks.placesGained)})
    </>
  );
}

/** Before → after for the unit, then every unit whose rank or points would change. */
export function WhatIfResult({ outcome }: { outcome: WhatIfOutcome }) {
  const { unit } = outcome;
  return (
    <div role="status" aria-live="polite" className="mt-4 rounded-lg border border-sky-300 bg-sky-50 p-4">
      <h3 className="font-semibold">Kết quả tính thử</h3>
      <p className="mt-1 text-sm">
        Hạng của {unit.name}: <RankChange unit={unit} />; tổng điểm{" "}
        <strong className="tabular-nums">
          {formatPoints(unit.totalBefore)} → {formatPoints(unit.totalAfter)}
        </strong>{" "}
        ({formatSignedPoints(unit.pointsDelta)} điểm).
      </p>
      {outcome.changed.length > 0 && (
        <div className="mt-3 overflow-x-auto rounded-md border border-sky-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">Các đơn vị thay đổi hạng hoặc điểm nếu giả định xảy ra</caption>
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2 text-left">
                  Đơn vị
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Hạng trước → sau
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Điểm trước → sau
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Chênh lệch
                </th>
              </tr>
            </thead>
            <tbody>
              {outcome.changed.map((delta) => (
                <tr key={delta.unitId} className="border-t border-stone-100">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {delta.name}
                  </th>
                  <td className={num}>
                    {delta.rankBefore} → {delta.rankAfter}
                  </td>
                  <td className={num}>
                    {formatPoints(delta.totalBefore)} → {formatPoints(delta.totalAfter)}
                  </td>
                  <td className={num}>{formatSignedPoints(delta.pointsDelta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!outcome.seesAllUnits && (
        <p className="mt-2 text-xs text-stone-600">
          Thứ hạng cụ thể và các đơn vị khác không hiển thị vì điểm tạm tính chưa được chia sẻ.
        </p>
      )}
    </div>
  );
}
