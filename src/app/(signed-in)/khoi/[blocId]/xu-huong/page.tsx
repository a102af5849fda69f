import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getBlocTrends } from "@/server/queries/rankings/get-bloc-trends";
import { BlocTrendTable } from "./bloc-trend-table";
import { TrendChart } from "./trend-chart";
import { REBASE_NOTE } from "./trend-labels";
import { TrendsHeader } from "./trends-header";
import { UnitsByYearTable } from "./units-by-year-table";

type Props = { params: Promise<{ blocId: string }> };

export const metadata: Metadata = { title: "Xu hướng qua các năm" };

const SERIES = [
  { key: "highestPercent", label: "Cao nhất", color: "#047857" },
  { key: "medianPercent", label: "Trung vị khối", color: "#991b1b" },
  { key: "lowestPercent", label: "Thấp nhất", color: "#57534e", dashed: true },
];

export default async function BlocTrendsPage({ params }: Props) {
  const { blocId } = await params;
  const user = await requireSessionUser();
  const trends = await getBlocTrends(db, { user, blocId });
  if (!trends) notFound();
  const withheld = trends.years.some((year) => !year.seesAllUnits);
  return (
    <>
      <TrendsHeader bloc={trends.bloc} title="Xu hướng kết quả qua các năm" />
      <p className="mt-3 text-sm text-stone-600">{REBASE_NOTE} Năm chưa công bố dùng kết quả tạm tính.</p>
      {withheld && (
        <p className="mt-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-stone-700">
          Ở những năm điểm tạm tính chưa được chia sẻ, bạn chỉ thấy kết quả của đơn vị mình và không thấy số
          liệu chung của khối.
        </p>
      )}
      <section aria-labelledby="bloc-trend-heading" className="mt-6">
        <h2 id="bloc-trend-heading" className="text-lg font-semibold">
          Toàn khối
        </h2>
        <TrendChart
          caption="Kết quả của khối theo năm (% điểm tối đa): cao nhất, trung vị và thấp nhất"
          rows={trends.points}
          series={SERIES}
        />
        <BlocTrendTable points={trends.points} />
      </section>
      <section aria-labelledby="units-trend-heading" className="mt-8">
        <h2 id="units-trend-heading" className="text-lg font-semibold">
          Từng đơn vị
        </h2>
        {trends.units.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-600">
            Chưa có đơn vị nào được xếp hạng.
          </p>
        ) : (
          <UnitsByYearTable blocId={trends.bloc.id} units={trends.units} years={trends.years} />
        )}
      </section>
    </>
  );
}
