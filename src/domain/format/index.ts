export { formatDeductions, formatPoints, formatShare, formatSignedPoints } from "./numbers";
export { NO_SCORES_HEADING, NO_SCORES_TEXT, rankCell, rankHeading, rankPhrase, scoredFigure } from "./ranks";
export type { RankFacts } from "./ranks";
export { formatFileSize } from "./file-size";
