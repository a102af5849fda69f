import type { PairDecision, PairDecisionCode } from "./result";
import type { TieBreakRule } from "./rules";
import { type RankingEntry, compareByRule, compareForRank, ruleComparison, ruleLabel } from "./tie-breaks";
import { formatPoints } from "@/domain/format/numbers";

export interface RankedEntry {
  entry: RankingEntry;
  rank: number;
  sharedRank: boolean;
}

export interface Ranking {
  /** Display order: by rank, then exact ties by Vietnamese name (display only). */
  ranked: RankedEntry[];
  pairs: PairDecision[];
}

const VIETNAMESE = new Intl.Collator("vi");

function displayOrder(chain: readonly TieBreakRule[], a: RankingEntry, b: RankingEntry): number {
  const byRank = compareForRank(chain, a, b);
  if (byRank !== 0) return byRank;
  const byName = VIETNAMESE.compare(a.name, b.name);
  if (byName !== 0) return byName;
  return a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
}

function pair(a: RankingEntry, b: RankingEntry, code: PairDecisionCode, message: string): PairDecision {
  return { upperUnitId: a.unitId, lowerUnitId: b.unitId, code, message };
}

function decidePair(chain: readonly TieBreakRule[], upper: RankedEntry, lower: RankedEntry): PairDecision {
  const a = upper.entry;
  const b = lower.entry;
  const total = formatPoints(a.score.total);
  if (a.score.total !== b.score.total) {
    const message = `${a.name} xếp trên ${b.name}: tổng điểm cao hơn (${total} điểm so với ${formatPoints(b.score.total)} điểm).`;
    return pair(a, b, "total", message);
  }
  const rule = chain.find((candidate) => compareByRule(candidate, a, b) !== 0);
  if (rule !== undefined) {
    const message = `${a.name} xếp trên ${b.name}: bằng tổng điểm (${total} điểm), phân định theo tiêu chí “${ruleLabel(rule)}” (${ruleComparison(rule, a, b)}).`;
    return pair(a, b, rule, message);
  }
  const tail =
    chain.length > 0
      ? ` và bằng nhau ở mọi tiêu chí phân định (${chain.map(ruleLabel).join("; ")})`
      : "; quy chế không đặt tiêu chí phân định";
  return pair(
    a,
    b,
    "sharedRank",
    `${a.name} và ${b.name} đồng hạng ${upper.rank}: bằng tổng điểm (${total} điểm)${tail}.`,
  );
}

/** Standard competition ranking (1, 2, 2, 4): a unit's rank is 1 + the units strictly above it. */
export function rankEntries(entries: readonly RankingEntry[], chain: readonly TieBreakRule[]): Ranking {
  const ordered = [...entries].sort((a, b) => displayOrder(chain, a, b));
  const ranked: RankedEntry[] = [];
  ordered.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const tied = previous !== undefined && compareForRank(chain, previous.entry, entry) === 0;
    if (tied) previous.sharedRank = true;
    ranked.push({ entry, rank: tied ? previous.rank : i + 1, sharedRank: tied });
  });
  const pairs = ranked.slice(1).map((lower, i) => decidePair(chain, ranked[i] as RankedEntry, lower));
  return { ranked, pairs };
}
