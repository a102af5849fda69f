import { formatHundredthsInput, parseHundredths } from "@/domain/score-table/decimal-input";
import type {
  CrossCheckRule,
  KeyTaskCondition,
  LeadingAwardFallback,
  MembershipRule,
  NotYetDuePolicy,
  ScoringRules,
  TieBreakRule,
  TotalsRule,
} from "@/domain/scoring";
import { levelThresholdProblems } from "@/domain/scoring/level-thresholds";
import { scoringRulesSchema } from "@/schemas/scoring-rules";

/** The rules as the form holds them: numbers as the text the user typed (percent, points). */
export type RulesFormState = {
  taskCompletion: {
    onTime: string;
    late: string;
    perDay: string;
    floor: string;
    notDonePoints: string;
    deductionId: string;
    notYetDue: NotYetDuePolicy;
  };
  allowSelfScoreFallback: boolean;
  /** A level's threshold is in percent of the scale or in points (minUnit). */
  levels: {
    code: string;
    label: string;
    min: string;
    minUnit: "percent" | "points";
    minEvery: string;
    keyTasks: KeyTaskCondition;
  }[];
  tieBreaks: TieBreakRule[];
  awards: {
    code: string;
    name: string;
    quotaKind: "count" | "shareOfMembers";
    amount: string;
    leading: boolean;
    threshold: string;
    /** A level code; "" = any level. */
    minLevel: string;
  }[];
  leadingAwardFallback: LeadingAwardFallback;
  totals: TotalsRule;
  crossCheck: CrossCheckRule;
  membership: MembershipRule;
};

/** Errors by path, e.g. "levels.1.min"; "" for the whole form. */
export type RulesFormErrors = Record<string, string>;

const text = (value: number | null) => (value === null ? "" : formatHundredthsInput(value));

export function toFormState(rules: ScoringRules): RulesFormState {
  const t = rules.taskCompletion;
  return {
    taskCompletion: {
      onTime: text(t.onTimeShare),
      late: text(t.lateShare),
      perDay: text(t.lateReductionPerDay),
      floor: text(t.lateFloorShare),
      notDonePoints: text(t.notDoneDeductionPoints),
      deductionId: t.notDoneDeductionCriterionId ?? "",
      notYetDue: t.notYetDue,
    },
    allowSelfScoreFallback: rules.allowSelfScoreFallback,
    levels: rules.classificationLevels.map((level) => ({
      code: level.code,
      label: level.label,
      min: text(level.minPoints ?? level.minPercentOfMax),
      minUnit: level.minPoints !== null ? "points" : "percent",
      minEvery: text(level.minShareEveryCriterion),
      keyTasks: level.keyTasks,
    })),
    tieBreaks: [...rules.tieBreaks],
    awards: rules.awards.map((award) => ({
      code: award.code,
      name: award.name,
      quotaKind: award.quota.kind,
      amount: award.quota.kind === "count" ? String(award.quota.count) : text(award.quota.shareOfMembers),
      leading: award.isLeadingAward,
      threshold: text(award.ballotThreshold),
      minLevel: award.minClassification ?? "",
    })),
    leadingAwardFallback: rules.leadingAwardFallback,
    totals: { ...rules.totals },
    crossCheck: rules.crossCheck,
    membership: rules.membership,
  };
}

/** Where each schema path is shown in the form. */
const FIELD_OF: Record<string, string> = {
  onTimeShare: "onTime",
  lateShare: "late",
  lateReductionPerDay: "perDay",
  lateFloorShare: "floor",
  notDoneDeductionPoints: "notDonePoints",
  notDoneDeductionCriterionId: "deductionId",
  classificationLevels: "levels",
  minPercentOfMax: "min",
  minPoints: "min",
  minClassification: "minLevel",
  minShareEveryCriterion: "minEvery",
  awards: "awards",
  ballotThreshold: "threshold",
  isLeadingAward: "leading",
  quota: "amount",
  count: "amount",
  shareOfMembers: "amount",
};

function formPath(path: readonly PropertyKey[]): string {
  const parts = path.map((part) =>
    typeof part === "number" ? String(part) : (FIELD_OF[String(part)] ?? String(part)),
  );
  const cleaned = parts.filter((part, index) => !(part === "amount" && parts[index - 1] === "amount"));
  return cleaned.join(".");
}

/**
 * Builds the rules document, checking each typed number first; once they all read, the whole
 * with the shared schema and the levels against the table's maximum (0: no table yet).
 */
export function buildRules(
  state: RulesFormState,
  maxPoints: number,
): { rules: ScoringRules | null; errors: RulesFormErrors } {
  const errors: RulesFormErrors = {};
  const number = (path: string, value: string, optional = false): number | null => {
    if (optional && value.trim() === "") return null;
    const parsed = parseHundredths(value);
    if (parsed === null) errors[path] = "Nhập một số không âm, tối đa 2 chữ số thập phân (ví dụ 50,01).";
    return parsed ?? 0;
  };
  const t = state.taskCompletion;
  const draft = {
    taskCompletion: {
      onTimeShare: number("taskCompletion.onTime", t.onTime),
      lateShare: number("taskCompletion.late", t.late),
      lateReductionPerDay: number("taskCompletion.perDay", t.perDay),
      lateFloorShare: number("taskCompletion.floor", t.floor),
      notDoneDeductionPoints: number("taskCompletion.notDonePoints", t.notDonePoints),
      notDoneDeductionCriterionId: t.deductionId === "" ? null : t.deductionId,
      notYetDue: t.notYetDue,
    },
    allowSelfScoreFallback: state.allowSelfScoreFallback,
    classificationLevels: state.levels.map((level, i) => {
      const min = number(`levels.${i}.min`, level.min, true);
      return {
        code: level.code.trim(),
        label: level.label,
        minPercentOfMax: level.minUnit === "percent" ? min : null,
        minPoints: level.minUnit === "points" ? min : null,
        minShareEveryCriterion: number(`levels.${i}.minEvery`, level.minEvery, true),
        keyTasks: level.keyTasks,
      };
    }),
    tieBreaks: state.tieBreaks,
    awards: state.awards.map((award, i) => ({
      code: award.code.trim(),
      name: award.name,
      quota:
        award.quotaKind === "count"
          ? { kind: "count" as const, count: Number(award.amount.trim() === "" ? Number.NaN : award.amount) }
          : {
              kind: "shareOfMembers" as const,
              shareOfMembers: number(`awards.${i}.amount`, award.amount) ?? 0,
            },
      isLeadingAward: award.leading,
      ballotThreshold: number(`awards.${i}.threshold`, award.threshold, true),
      minClassification: award.minLevel === "" ? null : award.minLevel,
    })),
    leadingAwardFallback: state.leadingAwardFallback,
    totals: state.totals,
    crossCheck: state.crossCheck,
    membership: state.membership,
  };
  // A number that does not read stands in as 0: checking the whole then would blame its neighbours.
  if (Object.keys(errors).length > 0) return { rules: null, errors };
  const parsed = scoringRulesSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[formPath(issue.path)] ??= issue.message;
    return { rules: null, errors };
  }
  for (const problem of levelThresholdProblems(parsed.data.classificationLevels, maxPoints))
    errors[`levels.${problem.index}.min`] ??= problem.message;
  return { rules: Object.keys(errors).length === 0 ? parsed.data : null, errors };
}
