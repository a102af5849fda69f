import type {
  BlocRoleCode,
  ObjectionStatusCode,
  ProposalStatusCode,
  ScoreStageCode,
} from "@/domain/vocabulary/codes";
import type { RankingResult, ScoringRules } from "@/domain/scoring";

/**
 * Bump when the shape below changes, so a reader knows which fields an old snapshot has.
 * 2: the facts around the results (roles, pledge, next year's roles) are frozen too, and
 *    `checklistOverrides` records what the publishing checklist let pass.
 * 3: `objections`, the members' objections to their figures and the answers (issue 14).
 */
export const SNAPSHOT_FORMAT = 3;

export type SnapshotMember = {
  unitId: string;
  name: string;
  shortName: string;
  joinedOn: string;
  leftOn: string | null;
};
export type SnapshotCriterion = {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  kind: string;
  maxPoints: number;
  capPoints: number | null;
  /** Snapshots published before deductions could name a criterion do not have it. */
  reducesId?: string | null;
  position: number;
};
export type SnapshotTally = { unitId: string; awardCode: string; votesFor: number; votersPresent: number };
export type SnapshotProposal = {
  unitId: string;
  awardCode: string;
  status: ProposalStatusCode;
  decisionNumber: string | null;
  decisionDate: string | null;
  eligibilityReason: string | null;
};

export type SnapshotRole = { unitId: string; role: BlocRoleCode };
export type SnapshotSignature = { unitId: string; signerName: string; signerTitle: string; signedOn: string };
export type SnapshotPledge = { title: string; signedOn: string | null; signatures: SnapshotSignature[] };
/** Next year's head and deputies as elected when the year was published, under their names then. */
export type SnapshotNextYear = {
  year: number;
  roles: (SnapshotRole & { name: string; electedOn: string })[];
};
/** An open item of the publishing checklist that the publisher let pass, and why. */
export type SnapshotOverride = {
  code: string;
  /** The item as the checklist stated it when publishing. */
  message: string;
  reason: string;
  by: { userId: string; displayName: string };
};

/** An objection to one figure and its answer, as it stood at publishing; days in Vietnam's calendar. */
export type SnapshotObjection = {
  number: number;
  unitId: string;
  criterionId: string;
  criterionCode: string;
  criterionTitle: string;
  stage: ScoreStageCode;
  pointsObjected: number | null;
  reason: string;
  filedOn: string;
  status: ObjectionStatusCode;
  resolution: string | null;
  resolvedPoints: number | null;
  resolvedOn: string | null;
};

/**
 * Everything a published result shows, frozen: later pages read it from here, never recompute.
 * Dates are ISO strings; lists are in a fixed order so the same facts give the same hash.
 */
export type SnapshotContent = {
  format: number;
  number: number;
  reason: string | null;
  bloc: { id: string; code: string; name: string; province: string };
  year: number;
  asOf: string;
  members: SnapshotMember[];
  scoreTable: {
    id: string;
    version: number;
    title: string;
    maxPoints: number;
    criteria: SnapshotCriterion[];
  } | null;
  rules: ScoringRules;
  result: RankingResult;
  ballotTallies: SnapshotTally[];
  proposals: SnapshotProposal[];
  // Format 2 on. Absent from older snapshots, whose hashes cover only the fields above: a reader
  // treats an absent field as "not recorded", never as a cue to read the live tables.
  roles?: SnapshotRole[];
  pledge?: SnapshotPledge | null;
  /** Null when next year did not exist yet at publishing. */
  nextYear?: SnapshotNextYear | null;
  /** Absent from snapshots of format 1, published before the checklist existed. */
  checklistOverrides?: SnapshotOverride[];
  /** Format 3 on; absent: objections were not recorded then. */
  objections?: SnapshotObjection[];
};

type SnapshotFacts = Omit<SnapshotContent, "format">;

const byKeys =
  <T>(...keys: ((item: T) => string | number)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

/** The snapshot's content with its lists put in their fixed order (ids, codes: locale-free). */
export function buildSnapshotContent(facts: SnapshotFacts): SnapshotContent {
  return {
    format: SNAPSHOT_FORMAT,
    ...facts,
    members: [...facts.members].sort(byKeys((m) => m.unitId)),
    scoreTable: facts.scoreTable && {
      ...facts.scoreTable,
      criteria: [...facts.scoreTable.criteria].sort(
        byKeys(
          (c) => c.parentId ?? "",
          (c) => c.position,
          (c) => c.code,
        ),
      ),
    },
    ballotTallies: [...facts.ballotTallies].sort(
      byKeys(
        (t) => t.unitId,
        (t) => t.awardCode,
      ),
    ),
    proposals: [...facts.proposals].sort(
      byKeys(
        (p) => p.unitId,
        (p) => p.awardCode,
      ),
    ),
    roles:
      facts.roles &&
      [...facts.roles].sort(
        byKeys(
          (r) => r.unitId,
          (r) => r.role,
        ),
      ),
    pledge: facts.pledge && {
      ...facts.pledge,
      signatures: [...facts.pledge.signatures].sort(byKeys((s) => s.unitId)),
    },
    nextYear: facts.nextYear && {
      ...facts.nextYear,
      roles: [...facts.nextYear.roles].sort(
        byKeys(
          (r) => r.role,
          (r) => r.unitId,
        ),
      ),
    },
    checklistOverrides: facts.checklistOverrides && [...facts.checklistOverrides].sort(byKeys((o) => o.code)),
    objections: facts.objections && [...facts.objections].sort(byKeys((o) => o.number)),
  };
}
