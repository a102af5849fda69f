import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { todayInVietnam } from "@/domain/calendar";
import { takesObjections } from "@/domain/disputes";
import { stageAllows } from "@/domain/year-stages";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getBlocYearOverview } from "@/server/queries/get-bloc-year-overview";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { getPublishChecklist } from "@/server/queries/publishing/get-publish-checklist";
import { DisputeWindowNotice } from "./dispute-window-notice";
import { MembersTable } from "./members-table";
import { TaskCounts } from "./task-counts";
import { ProvisionalVisibilityForm } from "./provisional-visibility-form";
import { YearStagePanel } from "./year-stage-panel";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Tổng quan năm thi đua" };

export default async function BlocYearPage({ params }: Props) {
  const { blocId, year } = await params;
  const yearNumber = Number(year);
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const overview = await getBlocYearOverview(db, { user, blocId, year: yearNumber });
  if (!overview) notFound();
  // The layout has loaded the header in this request already (cached): the window costs no query.
  const header = await getBlocYearHeader(user, blocId, yearNumber);
  const disputeWindow = header?.disputeWindow ?? null;
  // Adopting the scores is confirmed knowing what publishing would still flag.
  const checklist =
    overview.canManage && overview.status === "SCORING"
      ? await getPublishChecklist(db, { blocYearId: overview.id, asOf: todayInVietnam() })
      : [];
  return (
    <>
      <DisputeWindowNotice
        window={
          takesObjections({ status: overview.status, window: disputeWindow }, todayInVietnam())
            ? disputeWindow
            : null
        }
        href={`/khoi/${overview.bloc.id}/${overview.year}/khieu-nai`}
      />
      <YearStagePanel
        blocYearId={overview.id}
        version={overview.version}
        stage={overview.status}
        canManage={overview.canManage}
        openChecks={{
          blocking: checklist.filter((item) => item.open && item.severity === "blocking").length,
          override: checklist.filter((item) => item.open && item.severity === "override").length,
        }}
        basePath={`/khoi/${overview.bloc.id}/${overview.year}`}
      />
      <MembersTable overview={overview} />
      <TaskCounts counts={overview.taskCounts} />
      {overview.canManage && (
        <ProvisionalVisibilityForm
          blocYearId={overview.id}
          version={overview.version}
          membersSeeProvisional={overview.membersSeeProvisional}
          allowed={stageAllows(overview.status, "settings")}
        />
      )}
    </>
  );
}
