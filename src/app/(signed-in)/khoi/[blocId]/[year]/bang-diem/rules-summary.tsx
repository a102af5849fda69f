import { type ScoringRules } from "@/domain/scoring";
import { formatPoints, formatShare } from "@/domain/format";
import {
  CLASSIFICATION_BASIS_LABEL,
  CROSS_CHECK_COMBINE_LABEL,
  CROSS_CHECK_SCORERS_LABEL,
  KEY_TASK_CONDITION_LABEL,
  LEADING_AWARD_FALLBACK_LABEL,
  MEMBERSHIP_LABEL,
  NOT_YET_DUE_LABEL,
  ROUNDING_MODE_LABEL,
  tieBreakTitle,
} from "@/domain/vocabulary";

type Level = ScoringRules["classificationLevels"][number];

function thresholdText(level: Level): string {
  if (level.minPoints !== null) return `≥ ${formatPoints(level.minPoints)} điểm`;
  return level.minPercentOfMax === null ? "không yêu cầu" : `≥ ${formatShare(level.minPercentOfMax)}`;
}

/** The rules, read-only: for viewers and for a published year. */
export function RulesSummary({
  rules,
  deductionCriteria,
}: {
  rules: ScoringRules;
  deductionCriteria: { id: string; code: string }[];
}) {
  const t = rules.taskCompletion;
  const deduction = deductionCriteria.find((criterion) => criterion.id === t.notDoneDeductionCriterionId);
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        <dt className="text-stone-600">Đúng hạn / trễ hạn</dt>
        <dd>
          {formatShare(t.onTimeShare)} / {formatShare(t.lateShare)} (giảm {formatShare(t.lateReductionPerDay)}{" "}
          mỗi ngày, sàn {formatShare(t.lateFloorShare)})
        </dd>
        <dt className="text-stone-600">Nhiệm vụ không hoàn thành</dt>
        <dd>
          {t.notDoneDeductionPoints > 0
            ? `trừ ${formatPoints(t.notDoneDeductionPoints)} điểm vào mục ${deduction?.code ?? "?"}`
            : "không trừ điểm"}
        </dd>
        <dt className="text-stone-600">Nhiệm vụ chưa đến hạn</dt>
        <dd>{NOT_YET_DUE_LABEL[t.notYetDue]}</dd>
        <dt className="text-stone-600">Thành viên</dt>
        <dd>{MEMBERSHIP_LABEL[rules.membership]}</dd>
        <dt className="text-stone-600">Điểm tự chấm</dt>
        <dd>{rules.allowSelfScoreFallback ? "được dùng khi chưa có điểm khác" : "không dùng để xếp hạng"}</dd>
        <dt className="text-stone-600">Tổng điểm âm</dt>
        <dd>{rules.totals.allowNegative ? "được phép" : "không: tổng điểm thấp nhất là 0"}</dd>
        <dt className="text-stone-600">Làm tròn điểm nhiệm vụ</dt>
        <dd>{ROUNDING_MODE_LABEL[rules.totals.rounding]}</dd>
        <dt className="text-stone-600">Xếp loại theo</dt>
        <dd>{CLASSIFICATION_BASIS_LABEL[rules.totals.classifyOn]}</dd>
        <dt className="text-stone-600">Kiểm tra chéo</dt>
        <dd>
          {CROSS_CHECK_SCORERS_LABEL[rules.crossCheck.scorers]}
          {rules.crossCheck.scorers !== "secretariat" &&
            `; nhiều đơn vị chấm: ${CROSS_CHECK_COMBINE_LABEL[rules.crossCheck.combine].toLowerCase()}`}
        </dd>
      </dl>
      <div>
        <h4 className="font-semibold">Phân định khi bằng điểm</h4>
        {rules.tieBreaks.length === 0 ? (
          <p>Đồng hạng.</p>
        ) : (
          <ol className="list-decimal pl-6">
            {rules.tieBreaks.map((rule) => (
              <li key={rule}>{tieBreakTitle(rule)}</li>
            ))}
          </ol>
        )}
      </div>
      <div>
        <h4 className="font-semibold">Mức xếp loại</h4>
        <ol className="list-decimal pl-6">
          {rules.classificationLevels.map((level) => (
            <li key={level.code}>
              {level.label} ({level.code}): {thresholdText(level)}
              {level.minShareEveryCriterion !== null &&
                `, mỗi tiêu chí ≥ ${formatShare(level.minShareEveryCriterion)}`}
              {level.keyTasks !== "any" && `; ${KEY_TASK_CONDITION_LABEL[level.keyTasks].toLowerCase()}`}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h4 className="font-semibold">Danh hiệu</h4>
        <ul className="list-disc pl-6">
          {rules.awards.map((award) => (
            <li key={award.code}>
              {award.name}:{" "}
              {award.quota.kind === "count"
                ? `${award.quota.count} đơn vị`
                : `${formatShare(award.quota.shareOfMembers)} số đơn vị`}
              {award.isLeadingAward && " · danh hiệu dẫn đầu"}
              {award.ballotThreshold !== null && ` · cần ≥ ${formatShare(award.ballotThreshold)} phiếu`}
              {award.minClassification !== null && ` · cần xếp loại từ ${award.minClassification} trở lên`}
            </li>
          ))}
        </ul>
        <p className="mt-1">
          Đơn vị xếp đầu không đạt số phiếu của danh hiệu dẫn đầu:{" "}
          {LEADING_AWARD_FALLBACK_LABEL[rules.leadingAwardFallback].toLocaleLowerCase("vi")}.
        </p>
      </div>
    </div>
  );
}
