/**
 * How a rank is written everywhere (rankings, unit page, trends, conference, minutes, exports):
 * an exact tie is "đồng hạng n", never a bare "hạng n" that hides the tie.
 */
export type RankFacts = { rank: number; sharedRank: boolean };

/** The rank as a phrase: "hạng 3" or "đồng hạng 3". */
export function rankPhrase({ rank, sharedRank }: RankFacts): string {
  return `${sharedRank ? "đồng hạng" : "hạng"} ${rank}`;
}

/** The same phrase opening a sentence or a cell of its own: "Hạng 3" or "Đồng hạng 3". */
export function rankHeading(facts: RankFacts): string {
  const phrase = rankPhrase(facts);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** A cell under a "Hạng" heading: "3", or "đồng hạng 3" where the rank is shared. */
export function rankCell(facts: RankFacts): string {
  return facts.sharedRank ? rankPhrase(facts) : String(facts.rank);
}

/** What stands in place of a rank, a total or a share for a unit (or year) without scores. */
export const NO_SCORES_TEXT = "chưa có điểm";
export const NO_SCORES_HEADING = "Chưa có điểm";

/** A figure of a unit's row: a unit without scores has none (a dash), not 0,00 as if it had scored nothing. */
export function scoredFigure(scored: boolean, text: string): string {
  return scored ? text : "—";
}
