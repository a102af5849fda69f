import "server-only";
import { DEFAULT_SCORING_RULES, ScoringInputError, type ScoringRules, yearHasScores } from "@/domain/scoring";
import { scoringRulesSchema } from "@/schemas/scoring-rules";
import type { SessionUser } from "@/server/auth/session-user";
import { authorizeBlocYear, seesOtherUnits, YEAR_VISIBILITY_SELECT, yearVisibility } from "@/server/authz";
import type { AppPrismaClient } from "@/server/database/connect";
import { computeRanking } from "@/server/queries/compute-ranking";
import { loadYearMembers, rankedYearMembers } from "@/server/queries/members/year-members";
import { compareVietnamese } from "@/domain/text/vietnamese-order";

export type RankingPreview =
  | {
      ok: true;
      asOf: string;
      maxPoints: number;
      /** Empty for a year without scores: its 0,00 "ranks" are no ranking (src/domain/scoring/has-scores). */
      top: {
        unitId: string;
        name: string;
        rank: number;
        sharedRank: boolean;
        total: number;
        classification: string | null;
      }[];
      hasScores: boolean;
    }
  | { ok: false; message: string };

// The one visibility rule (authz/visibility.ts): the leading units' totals are other units' figures.
const WITHHELD_PREVIEW: RankingPreview = {
  ok: false,
  message: "Khối chưa chia sẻ điểm tạm tính giữa các đơn vị: xếp hạng hiển thị khi kết quả được công bố.",
};

async function rankingPreview(prisma: AppPrismaClient, blocYearId: string): Promise<RankingPreview> {
  try {
    const { asOf, result } = await computeRanking(prisma, { blocYearId });
    const hasScores = yearHasScores(result);
    const top = (hasScores ? result.units.slice(0, 3) : []).map((unit) => ({
      unitId: unit.unitId,
      name: unit.name,
      rank: unit.rank,
      sharedRank: unit.sharedRank,
      total: unit.total,
      classification: unit.classification?.label ?? null,
    }));
    return { ok: true, asOf, maxPoints: result.maxPoints, top, hasScores };
  } catch (error) {
    // The engine refuses an inconsistent table or rules with a Vietnamese reason worth showing.
    if (error instanceof ScoringInputError) return { ok: false, message: error.message };
    throw error;
  }
}

/** The year's rules as the form edits them, the deduction leaves they may book on, and a ranking preview. */
export async function getRulesView(
  prisma: AppPrismaClient,
  options: { user: SessionUser; blocYearId: string },
) {
  const blocYear = await authorizeBlocYear(prisma, {
    user: options.user,
    blocYearId: options.blocYearId,
    action: "view",
  });
  const [row, table] = await Promise.all([
    prisma.blocYear.findUniqueOrThrow({
      where: { id: blocYear.id },
      select: { rules: true, version: true, ...YEAR_VISIBILITY_SELECT },
    }),
    prisma.scoreTable.findFirst({
      where: { blocYearId: blocYear.id },
      orderBy: { version: "desc" },
      select: { id: true, criteria: { where: { parentId: null }, select: { kind: true, maxPoints: true } } },
    }),
  ]);
  // The engine's maximum: what percentages and classification are of.
  const maxPoints = (table?.criteria ?? [])
    .filter((root) => root.kind !== "BONUS" && root.kind !== "DEDUCTION")
    .reduce((sum, root) => sum + root.maxPoints, 0);
  const parsed = scoringRulesSchema.safeParse(row.rules);
  const deductionCriteria = table
    ? await prisma.criterion.findMany({
        where: { scoreTableId: table.id, kind: "DEDUCTION", children: { none: {} } },
        orderBy: [{ code: "asc" }],
        select: { id: true, code: true, title: true },
      })
    : [];
  const rules: ScoringRules = parsed.success ? parsed.data : DEFAULT_SCORING_RULES;
  const members = rankedYearMembers(await loadYearMembers(prisma, blocYear.id))
    .map(({ unitId, name }) => ({ unitId, name }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
  return {
    version: row.version,
    rules,
    storedRulesInvalid: !parsed.success,
    maxPoints,
    deductionCriteria,
    members,
    preview: !seesOtherUnits(options.user, yearVisibility(row))
      ? WITHHELD_PREVIEW
      : parsed.success
        ? await rankingPreview(prisma, blocYear.id)
        : ({
            ok: false,
            message: "Quy tắc đang lưu không hợp lệ; hãy lưu lại quy tắc để xem xếp hạng.",
          } as const),
  };
}

export type RulesView = Awaited<ReturnType<typeof getRulesView>>;
