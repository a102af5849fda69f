import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BLOC_YEAR_STATUS_LABEL } from "@/components/labels";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getBlocYearOverview } from "@/server/queries/get-bloc-year-overview";
import { MembersTable } from "./members-table";
import { TaskCounts } from "./task-counts";
import { ProvisionalVisibilityForm } from "./provisional-visibility-form";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Tổng quan năm thi đua" };

export default async function BlocYearPage({ params }: Props) {
  const { blocId, year } = await params;
  const yearNumber = Number(year);
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const overview = await getBlocYearOverview(db, { user, blocId, year: yearNumber });
  if (!overview) notFound();
  return (
    <>
      <nav aria-label="Đường dẫn" className="no-print text-sm text-stone-500">
        <Link href="/khoi" className="hover:underline">
          Khối thi đua
        </Link>{" "}
        › Năm {overview.year}
      </nav>
      <header className="mt-2 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{overview.bloc.name}</h1>
          <p className="text-stone-600">
            {overview.bloc.province.name} · Năm {overview.year}
          </p>
        </div>
        <span className="rounded-full bg-brand-100 px-3 py-1 text-sm font-medium text-brand-800">{BLOC_YEAR_STATUS_LABEL[overview.status]}</span>
      </header>
      <MembersTable overview={overview} />
      <TaskCounts counts={overview.taskCounts} />
      {overview.canManage && (
        <ProvisionalVisibilityForm
          blocYearId={overview.id}
          version={overview.version}
          membersSeeProvisional={overview.membersSeeProvisional}
          published={overview.status === "PUBLISHED"}
        />
      )}
    </>
  );
}
