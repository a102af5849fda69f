"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatShare } from "@/domain/format";

export type TrendSeries = { key: string; label: string; color: string; dashed?: boolean };
/** A year with its series values (basis points) under the series keys. */
export type TrendRow = { year: number };

type Props = { caption: string; rows: readonly TrendRow[]; series: readonly TrendSeries[] };

const formatValue = (value: unknown) => (typeof value === "number" ? formatShare(value) : "—");

/**
 * Results per year as % of each year's maximum (basis points), one line per series. The same
 * figures are in the table below the chart, for screen readers and for print.
 */
export function TrendChart({ caption, rows, series }: Props) {
  return (
    <figure className="mt-4 rounded-lg border border-stone-200 bg-white p-4">
      <figcaption className="text-sm font-medium text-stone-700">{caption}</figcaption>
      <div className="mt-3 h-72 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={[...rows]}
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e7e5e4" strokeDasharray="3 3" />
            <XAxis dataKey="year" tick={{ fill: "#44403c" }} padding={{ left: 24, right: 24 }} />
            <YAxis
              domain={[0, (max: number) => Math.max(10000, Math.ceil(max / 1000) * 1000)]}
              tickFormatter={formatValue}
              tick={{ fill: "#44403c" }}
              width={64}
            />
            <Tooltip formatter={formatValue} labelFormatter={(year) => `Năm ${year}`} />
            <Legend />
            {series.map((line) => (
              <Line
                key={line.key}
                type="monotone"
                dataKey={line.key}
                name={line.label}
                stroke={line.color}
                strokeWidth={line.dashed ? 2 : 3}
                strokeDasharray={line.dashed ? "6 4" : undefined}
                dot={{ r: 4 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
