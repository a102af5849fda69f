import Link from "@/components/app-link";
import {
  movesFrom,
  STAGE_ALLOWS,
  YEAR_ACTIVITY_LABEL,
  YEAR_STAGE_LABEL,
  YEAR_STAGE_PURPOSE,
  type YearStage,
} from "@/domain/year-stages";
import { StageMoveForm } from "./stage-move-form";
import { type OpenChecks, OpenChecksNote } from "./open-checks-note";

type Props = {
  blocYearId: string;
  version: number;
  stage: YearStage;
  canManage: boolean;
  /** Open items of the publishing checklist, told before the scores are adopted. */
  openChecks: OpenChecks;
  /** /khoi/<blocId>/<year>: the publish tab is under it. */
  basePath: string;
};

/** The cycle as a line of steps; a correction shows beside publication only while it is open. */
const STEPS: YearStage[] = ["DRAFT", "ACTIVE", "SCORING", "REVIEW", "PUBLISHED"];

/** Where the year stands, what its stage allows, and (for its managers) the ways on. */
export function YearStagePanel({ blocYearId, version, stage, canManage, openChecks, basePath }: Props) {
  const steps = stage === "CORRECTING" ? [...STEPS, stage] : STEPS;
  const moves = movesFrom(stage);
  return (
    <section
      aria-labelledby="stage-heading"
      className="no-print mb-8 rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 id="stage-heading" className="text-lg font-semibold">
        Giai đoạn: {YEAR_STAGE_LABEL[stage]}
      </h2>
      <ol aria-label="Các giai đoạn của năm thi đua" className="mt-3 flex flex-wrap gap-2 text-sm">
        {steps.map((step) => (
          <li
            key={step}
            aria-current={step === stage ? "step" : undefined}
            className={
              step === stage
                ? "rounded-full bg-brand-700 px-3 py-1 font-medium text-white"
                : "rounded-full bg-stone-100 px-3 py-1 text-stone-700"
            }
          >
            {YEAR_STAGE_LABEL[step]}
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm text-stone-700">{YEAR_STAGE_PURPOSE[stage]}</p>
      <h3 className="mt-3 text-sm font-semibold">Giai đoạn này cho phép</h3>
      <ul aria-label="Giai đoạn này cho phép" className="mt-1 list-inside list-disc text-sm text-stone-700">
        {STAGE_ALLOWS[stage].map((activity) => (
          <li key={activity}>{capitalise(YEAR_ACTIVITY_LABEL[activity])}</li>
        ))}
      </ul>
      {canManage && (
        <div className="mt-4 flex flex-col gap-3">
          {moves.map((move) =>
            move.route === "publishing" ? (
              <p key={move.to} className="text-sm">
                <Link href={`${basePath}/cong-bo`} className="font-medium text-brand-800 underline">
                  {move.label}
                </Link>{" "}
                ở mục Công bố.
              </p>
            ) : (
              <StageMoveForm key={move.to} blocYearId={blocYearId} version={version} move={move}>
                {move.to === "REVIEW" && (
                  <OpenChecksNote checks={openChecks} publishingHref={`${basePath}/cong-bo`} />
                )}
              </StageMoveForm>
            ),
          )}
        </div>
      )}
    </section>
  );
}

const capitalise = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
