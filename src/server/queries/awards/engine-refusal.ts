import "server-only";
import { ScoringInputError } from "@/domain/scoring";
import { UserFacingError } from "@/server/errors";

/**
 * The engine refuses data it cannot score (e.g. a tally for an award the rules no longer list)
 * with a Vietnamese message: show it rather than fail, so the secretariat can fix the data.
 */
export async function engineRefusal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ScoringInputError)
      throw new UserFacingError(`Chưa tính được kết quả: ${error.message}`);
    throw error;
  }
}
