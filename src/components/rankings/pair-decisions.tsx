import type { RankingView } from "@/domain/rankings/ranking-view";

/** For each pair of adjacent units, the rule that separated them, or that they share a rank. */
export function PairDecisions({ pairs }: { pairs: RankingView["pairs"] }) {
  if (pairs.length === 0) return null;
  return (
    <section aria-labelledby="pairs-heading" className="mt-8">
      <h2 id="pairs-heading" className="text-lg font-semibold">
        Căn cứ phân định thứ hạng
      </h2>
      <p className="text-sm text-stone-600">
        Mỗi dòng giải thích vì sao đơn vị xếp trên đứng trước đơn vị liền sau, hoặc vì sao hai đơn vị đồng
        hạng.
      </p>
      <ol className="mt-3 space-y-2 text-sm">
        {pairs.map((pair) => (
          <li key={pair.key} className="rounded-md border border-stone-200 bg-white px-3 py-2">
            <span
              className={`mr-2 rounded px-1.5 py-0.5 text-xs font-medium ${pair.code === "sharedRank" ? "bg-stone-200 text-stone-800" : "bg-brand-100 text-brand-800"}`}
            >
              {pair.code === "sharedRank"
                ? "Đồng hạng"
                : pair.code === "total"
                  ? "Tổng điểm"
                  : "Tiêu chí phụ"}
            </span>
            {pair.message}
          </li>
        ))}
      </ol>
    </section>
  );
}
