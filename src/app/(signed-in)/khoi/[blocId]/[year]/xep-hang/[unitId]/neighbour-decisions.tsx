import type { PairDecision } from "@/domain/scoring";

type Props = {
  above: PairDecision | null;
  below: PairDecision | null;
  seesAllUnits: boolean;
  /** Without scores the unit has no rank (hasScores): there is nothing to tell it apart by. */
  scored: boolean;
};

/** How the unit was separated from the units just above and just below it. */
export function NeighbourDecisions({ above, below, seesAllUnits, scored }: Props) {
  return (
    <section aria-labelledby="neighbours-heading" className="mt-8">
      <h2 id="neighbours-heading" className="text-lg font-semibold">
        So với đơn vị liền trên và liền dưới
      </h2>
      {!seesAllUnits ? (
        <p className="mt-2 text-sm text-stone-600">
          Chưa hiển thị vì điểm tạm tính của các đơn vị khác chưa được chia sẻ.
        </p>
      ) : !scored ? (
        <p className="mt-2 text-sm text-stone-600">
          Đơn vị chưa có điểm nên chưa xếp hạng, chưa so với đơn vị nào.
        </p>
      ) : (
        <dl className="mt-3 space-y-2 text-sm">
          <div className="rounded-md border border-stone-200 bg-white px-3 py-2">
            <dt className="font-medium">Với đơn vị liền trên</dt>
            <dd>{above?.message ?? "Đơn vị đứng đầu bảng xếp hạng."}</dd>
          </div>
          <div className="rounded-md border border-stone-200 bg-white px-3 py-2">
            <dt className="font-medium">Với đơn vị liền dưới</dt>
            <dd>{below?.message ?? "Đơn vị đứng cuối bảng xếp hạng."}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
