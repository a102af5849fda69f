import { formatPoints } from "@/domain/format/numbers";
import type { ClassificationLevel } from "./rules";

export interface LevelProblem {
  /** The level's place in the list, from 0. */
  index: number;
  message: string;
}

/** The least points that reach a level on a scale of `maxPoints` (a percent rounded up). */
function minimumPoints(level: ClassificationLevel, maxPoints: number): number | null {
  if (level.minPoints !== null) return level.minPoints;
  if (level.minPercentOfMax === null) return null;
  return Math.ceil((level.minPercentOfMax * maxPoints) / 10000);
}

/**
 * What the rules' own check cannot see without the score table: a level in points above the
 * table's maximum (nobody reaches it), and levels stated in different units (percent, points)
 * whose thresholds rise, compared in points on this table. Levels are listed best first.
 */
export function levelThresholdProblems(
  levels: readonly ClassificationLevel[],
  maxPoints: number,
): LevelProblem[] {
  if (maxPoints <= 0) return [];
  const problems: LevelProblem[] = [];
  const max = formatPoints(maxPoints);
  levels.forEach((level, index) => {
    if (level.minPoints !== null && level.minPoints > maxPoints)
      problems.push({
        index,
        message: `Mức ${level.code}: ngưỡng ${formatPoints(level.minPoints)} điểm vượt điểm tối đa của bảng điểm (${max} điểm), không đơn vị nào đạt được.`,
      });
    const previous = levels[index - 1];
    if (!previous || (previous.minPoints === null) === (level.minPoints === null)) return;
    const [above, here] = [minimumPoints(previous, maxPoints), minimumPoints(level, maxPoints)];
    if (above !== null && here !== null && here > above)
      problems.push({
        index,
        message: `Các mức xếp loại xếp từ cao xuống thấp: ngưỡng của ${level.code} (${formatPoints(here)} điểm trên thang ${max} điểm) cao hơn mức trên ${previous.code} (${formatPoints(above)} điểm).`,
      });
  });
  return problems;
}
