import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StageNotice } from "@/components/stage-notice";
import { stageAllows } from "@/domain/year-stages";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { getRulesView } from "@/server/queries/score-table/get-rules-view";
import { getScoreTableView } from "@/server/queries/score-table/get-score-table-view";
import { RankingPreview } from "./ranking-preview";
import { RulesForm } from "./rules-form";
import { RulesSummary } from "./rules-summary";
import { ScoreTableSection } from "./score-table-section";

type Props = {
  params: Promise<{ blocId: string; year: string }>;
  searchParams: Promise<{ "phien-ban"?: string }>;
};

export const metadata: Metadata = { title: "Bảng điểm và quy tắc" };

export default async function ScoreTablePage({ params, searchParams }: Props) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const requested = (await searchParams)["phien-ban"];
  const version = requested && /^\d{1,6}$/.test(requested) ? Number(requested) : undefined;
  const [view, rules] = await Promise.all([
    getScoreTableView(db, { user, blocYearId: header.id, version }),
    getRulesView(db, { user, blocYearId: header.id }),
  ]);
  if (version !== undefined && !view.table) notFound();
  const editable = header.canManage && stageAllows(header.status, "scoreTable");
  return (
    <>
      {header.canManage && <StageNotice stage={header.status} activity="scoreTable" />}
      <ScoreTableSection
        view={view}
        editable={editable}
        blocYearId={header.id}
        year={header.year}
        basePath={`/khoi/${header.bloc.id}/${header.year}/bang-diem`}
      />
      <section aria-labelledby="rules-heading" className="mt-10">
        <h2 id="rules-heading" className="text-lg font-semibold">
          Quy tắc chấm điểm năm {header.year}
        </h2>
        {rules.storedRulesInvalid && (
          <p role="alert" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Quy tắc đang lưu không hợp lệ; biểu mẫu hiển thị quy tắc mặc định để lưu lại.
          </p>
        )}
        <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="rounded-lg border border-stone-200 bg-white p-5">
            {editable ? (
              <RulesForm
                blocYearId={header.id}
                version={rules.version}
                rules={rules.rules}
                maxPoints={rules.maxPoints}
                deductionCriteria={rules.deductionCriteria}
                members={rules.members}
              />
            ) : (
              <RulesSummary rules={rules.rules} deductionCriteria={rules.deductionCriteria} />
            )}
          </div>
          <div>
            <RankingPreview preview={rules.preview} />
          </div>
        </div>
      </section>
    </>
  );
}
