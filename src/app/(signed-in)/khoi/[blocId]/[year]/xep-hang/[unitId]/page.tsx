import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { toIsoDay } from "@/domain/calendar";
import { TASK_STATUS_LABEL } from "@/domain/vocabulary";
import { formatPoints, formatShare, NO_SCORES_TEXT, rankCell } from "@/domain/format";
import { hasScores } from "@/domain/scoring";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { cachedExplainedYearResult } from "@/server/cache/cached-year-result";
import { getUnitExplanation, type UnitExplanation } from "@/server/queries/rankings/get-unit-explanation";
import { RankingSourceNotice } from "@/components/rankings/ranking-source-notice";
import { ContributionGroups } from "./contribution-groups";
import { NeighbourDecisions } from "./neighbour-decisions";
import { SectionComparison } from "./section-comparison";
import { UnitTasksTable } from "./unit-tasks-table";
import { WhatIfForm } from "./what-if-form";

type Props = { params: Promise<{ blocId: string; year: string; unitId: string }> };

export const metadata: Metadata = { title: "Vì sao đơn vị có thứ hạng này" };

export default async function UnitRankPage({ params }: Props) {
  const { blocId, year, unitId } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const explanation = await getUnitExplanation(
    db,
    { user, blocId, year: Number(year), unitId },
    cachedExplainedYearResult,
  );
  if (!explanation) notFound();
  const { unit } = explanation;
  // Without scores the unit has no rank: the summary and the neighbours both say so.
  const scored = hasScores(unit);
  return (
    <>
      <nav aria-label="Quay lại" className="no-print flex flex-wrap gap-4 text-sm">
        <Link
          href={`/khoi/${blocId}/${year}/xep-hang`}
          className="font-medium text-brand-800 hover:underline"
        >
          ← Bảng xếp hạng
        </Link>
        <Link
          href={`/khoi/${blocId}/xu-huong/${unitId}`}
          className="font-medium text-brand-800 hover:underline"
        >
          Xu hướng của đơn vị qua các năm →
        </Link>
        <Link href={`/don-vi/${unitId}`} className="font-medium text-brand-800 hover:underline">
          Trang đơn vị →
        </Link>
      </nav>
      <h2 className="mt-3 text-xl font-semibold">{unit.name}</h2>
      <UnitSummary explanation={explanation} scored={scored} />
      <div className="mt-3">
        <RankingSourceNotice
          kind={explanation.kind}
          snapshot={explanation.snapshot}
          asOf={explanation.asOf}
        />
      </div>
      <ContributionGroups groups={explanation.groups} total={unit.total} />
      <SectionComparison unit={unit} sections={explanation.sections} medians={explanation.medians} />
      <NeighbourDecisions
        above={explanation.neighbours.above}
        below={explanation.neighbours.below}
        seesAllUnits={explanation.seesAllUnits}
        scored={scored}
      />
      <UnitTasksTable tasks={explanation.tasks} />
      {explanation.canWhatIf && explanation.tasks.some((task) => task.criterionId) && (
        <WhatIfForm
          blocYearId={explanation.blocYearId}
          unitId={unit.unitId}
          tasks={explanation.tasks
            .filter((task) => task.criterionId)
            .map((task) => ({
              id: task.id,
              number: task.number,
              title: task.title,
              deadline: toIsoDay(task.deadline),
              statusLabel: TASK_STATUS_LABEL[task.status],
            }))}
        />
      )}
    </>
  );
}

function UnitSummary({ explanation, scored }: { explanation: UnitExplanation; scored: boolean }) {
  const { unit } = explanation;
  const awards = unit.awards.filter((award) => award.candidate).map((award) => award.awardName);
  const facts = [
    ["Hạng", scored ? `${rankCell(unit)} / ${explanation.rankedCount}` : NO_SCORES_TEXT],
    ["Tổng điểm", `${formatPoints(unit.total)} / ${formatPoints(explanation.maxPoints)}`],
    ["% tối đa", scored ? formatShare(unit.percentOfMax) : "—"],
    ["Xếp loại", scored ? (unit.classification?.label ?? "—") : "—"],
    ["Ứng viên theo quy chế", awards.length > 0 ? awards.join("; ") : "—"],
  ];
  const blocks = scored ? (unit.levelBlocks ?? []) : [];
  return (
    <>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {facts.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-stone-200 bg-white px-3 py-2">
            <dt className="text-xs text-stone-600">{label}</dt>
            <dd className="font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {blocks.length > 0 && (
        <ul
          aria-label="Vì sao chưa xếp loại cao hơn"
          className="mt-2 space-y-1 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {blocks.map((block) => (
            <li key={block.message}>{block.message}</li>
          ))}
        </ul>
      )}
    </>
  );
}
