import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { trendLines } from "@/domain/rankings";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getUnitTrend } from "@/server/queries/rankings/get-unit-trend";
import { TrendChart } from "../trend-chart";
import { REBASE_NOTE } from "../trend-labels";
import { TrendsHeader } from "../trends-header";
import { lineChartRows, lineSeries } from "./line-series";
import { UnitTrendTable } from "./unit-trend-table";

type Props = { params: Promise<{ blocId: string; unitId: string }> };

export const metadata: Metadata = { title: "Xu hướng của đơn vị" };

export default async function UnitTrendPage({ params }: Props) {
  const { blocId, unitId } = await params;
  const user = await requireSessionUser();
  const trend = await getUnitTrend(db, { user, blocId, unitId });
  if (!trend) notFound();
  const lines = trendLines(trend.points);
  const own = trend.points.filter((point) => !point.ofPredecessor && point.name);
  const renamed = new Set(own.map((point) => point.name)).size > 1;
  const merged = lines.some((line) => line.ofPredecessor);
  return (
    <>
      <TrendsHeader bloc={trend.bloc} title={`Xu hướng của ${trend.latestName}`} unitCrumb />
      <p className="no-print mt-2 text-sm">
        <Link href={`/don-vi/${unitId}`} className="font-medium text-brand-800 hover:underline">
          Thông tin đơn vị: tên qua các thời kỳ, tiền thân, các năm →
        </Link>
      </p>
      <p className="mt-3 text-sm text-stone-600">
        {REBASE_NOTE}
        {renamed && " Đơn vị đã đổi tên qua các năm: bảng dưới ghi tên đơn vị mang trong từng năm."}
        {merged &&
          " Trước khi hợp nhất, kết quả là của các đơn vị tiền thân, mỗi đơn vị một đường, ghi rõ “trước hợp nhất”."}
      </p>
      <TrendChart
        caption={`Kết quả của ${trend.latestName}${merged ? " và các đơn vị tiền thân" : ""} so với trung vị khối theo năm (% điểm tối đa)`}
        rows={lineChartRows(trend.points)}
        series={lineSeries(lines)}
      />
      <UnitTrendTable blocId={blocId} points={trend.points} />
    </>
  );
}
