import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getUnitTrend } from "@/server/queries/rankings/get-unit-trend";
import { TrendChart } from "../trend-chart";
import { REBASE_NOTE } from "../trend-labels";
import { TrendsHeader } from "../trends-header";
import { UnitTrendTable } from "./unit-trend-table";

type Props = { params: Promise<{ blocId: string; unitId: string }> };

export const metadata: Metadata = { title: "Xu hướng của đơn vị" };

const SERIES = [
  { key: "percent", label: "Đơn vị", color: "#991b1b" },
  { key: "blocMedianPercent", label: "Trung vị khối", color: "#57534e", dashed: true },
];

export default async function UnitTrendPage({ params }: Props) {
  const { blocId, unitId } = await params;
  const user = await requireSessionUser();
  const trend = await getUnitTrend(db, { user, blocId, unitId });
  if (!trend) notFound();
  const renamed = new Set(trend.points.flatMap((point) => (point.name ? [point.name] : []))).size > 1;
  return (
    <>
      <TrendsHeader bloc={trend.bloc} title={`Xu hướng của ${trend.latestName}`} unitCrumb />
      <p className="mt-3 text-sm text-stone-600">
        {REBASE_NOTE}
        {renamed && " Đơn vị đã đổi tên qua các năm: bảng dưới ghi tên đơn vị mang trong từng năm."}
      </p>
      <TrendChart
        caption={`Kết quả của ${trend.latestName} so với trung vị khối theo năm (% điểm tối đa)`}
        rows={trend.points}
        series={SERIES}
      />
      <UnitTrendTable blocId={blocId} unitId={unitId} points={trend.points} />
    </>
  );
}
