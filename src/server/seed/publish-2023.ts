import type { AppTransaction } from "@/server/database/connect";
import { createProposalInTransaction } from "@/server/mutations/awards/create-proposal";
import { saveBallotTallyInTransaction } from "@/server/mutations/awards/save-ballot-tally";
import { publishYearInTransaction } from "@/server/mutations/publishing/publish-year";
import { idFor } from "./refs";
import { SIGNED_IN_USER_SELECT } from "@/server/auth/find-session-user";

// The conference of 12/01/2024 as the bloc's secretariat would have run it in the app: the
// secret ballot on the rules' candidates, the proposals to the province, then publishing.
// Who won and the vote counts are illustrative; the proposals must be what the rules allow,
// since the same checks as in the app refuse anything else.

/** 10:00 in Việt Nam on the day of the conference: the snapshot's publication time. */
const CONFERENCE_TIME = new Date("2024-01-12T03:00:00Z");
const SECRETARIAT = "thuky.ktkt";
const FLAG = "CO_THI_DUA_UBND_TINH";
const MERIT = "BANG_KHEN_UBND_TINH";

/** One vote per member unit present; all 8 members attended. */
const BALLOTS_2023 = [
  { unit: "TNMT", awardCode: FLAG, votesFor: 8, votersPresent: 8 },
  { unit: "KHCN", awardCode: MERIT, votesFor: 8, votersPresent: 8 },
  { unit: "GTVT", awardCode: MERIT, votesFor: 7, votersPresent: 8 },
] as const;

/** Records the 2023 ballots and proposals and publishes snapshot no. 1, through the app's own mutations. */
export async function publish2023(
  tx: AppTransaction,
  options: { blocYearId: string; unitIds: ReadonlyMap<string, string> },
): Promise<void> {
  const { blocYearId, unitIds } = options;
  const user = await tx.user.findUniqueOrThrow({
    where: { username: SECRETARIAT },
    select: SIGNED_IN_USER_SELECT,
  });
  for (const ballot of BALLOTS_2023) {
    const unitId = idFor(unitIds, ballot.unit);
    const { awardCode, votesFor, votersPresent } = ballot;
    await saveBallotTallyInTransaction(tx, user, {
      blocYearId,
      unitId,
      awardCode,
      votesFor,
      votersPresent,
      version: 0,
    });
    await createProposalInTransaction(tx, user, { blocYearId, unitId, awardCode });
  }
  const { version } = await tx.blocYear.findUniqueOrThrow({
    where: { id: blocYearId },
    select: { version: true },
  });
  await publishYearInTransaction(tx, { user, input: { blocYearId, version }, today: CONFERENCE_TIME });
}
