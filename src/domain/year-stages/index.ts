export {
  STAGE_ALLOWS,
  stageAllows,
  stagesAllowing,
  YEAR_ACTIVITIES,
  YEAR_ACTIVITY_LABEL,
} from "./activities";
export type { YearActivity } from "./activities";
export { checkStageMove, type MoveCheck } from "./check-move";
export { findMove, movesFrom, STAGE_MOVES, type MoveRoute, type StageMove } from "./moves";
export { stageRefusalMessage } from "./refusal";
export { YEAR_STAGE_LABEL, YEAR_STAGE_PURPOSE, YEAR_STAGES, type YearStage } from "./stages";
