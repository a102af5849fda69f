import type { PledgeTally } from "@/domain/membership";
import type { BlocRoleCode, ProposalStatusCode } from "@/domain/vocabulary/codes";

/**
 * What a conference screen, the public results page, the minutes and the Excel export show for
 * one bloc-year: plain JSON (dates as ISO strings) so it can cross into the browser as it is.
 * Points are centipoints, shares basis points, as everywhere.
 */
export type ConferenceSource =
  /** Computed now from the database: provisional, follows every change. */
  | { kind: "live"; asOf: string }
  /** A published snapshot: frozen, numbered ("Kết quả công bố lần N"). */
  | { kind: "snapshot"; number: number; publishedAt: string };

export type ConferenceSection = { id: string; code: string; title: string; maxPoints: number };

export type ConferenceRow = {
  unitId: string;
  rank: number;
  sharedRank: boolean;
  /** False for a unit without scores (src/domain/scoring/has-scores): "chưa có điểm", no rank. */
  scored: boolean;
  /** Why the unit stands below the one above it when their totals are equal (a tie-break rule or a shared rank). */
  tieNote: string | null;
  name: string;
  /** One entry per section, in the order of `sections`. */
  sectionPoints: number[];
  bonus: number;
  deductions: number;
  total: number;
  percentOfMax: number;
  classification: string | null;
  /** Names of the awards the unit has been proposed for (recorded proposals, never the engine's candidates). */
  awards: string[];
};

/** An award with the units recorded as proposed for it (đề nghị), each with its proposal's status. */
export type ConferenceAward = {
  awardCode: string;
  awardName: string;
  units: { unitId: string; name: string; rank: number; total: number; status: ProposalStatusCode }[];
};

export type ConferenceMember = {
  unitId: string;
  name: string;
  role: BlocRoleCode | null;
  signature: { signerName: string; signerTitle: string; signedOn: string } | null;
};

export type ConferenceResults = {
  source: ConferenceSource;
  maxPoints: number;
  sections: ConferenceSection[];
  rows: ConferenceRow[];
  awards: ConferenceAward[];
};

/**
 * The year's phones' ballot as the hall sees it: while open, how many members have voted (never
 * how); once closed, the count. Null when there is none, or for a published year.
 */
export type ConferenceBallot = {
  status: "OPEN" | "CLOSED";
  voted: number;
  electorate: number;
  candidates: { unitName: string; awardName: string }[];
  /** Once closed; withheld from a viewer who may not see other units' figures. */
  outcome: {
    quorumMet: boolean;
    rows: {
      unitName: string;
      awardName: string;
      agree: number;
      disagree: number;
      abstain: number;
      /** Null when the award asks no threshold. */
      passed: boolean | null;
    }[];
  } | null;
};

export type ConferenceData = ConferenceResults & {
  blocYearId: string;
  bloc: { id: string; name: string; province: string };
  year: number;
  members: ConferenceMember[];
  /** The pledge and its count of the units that owed it a signature (src/domain/membership: pledgeTally). */
  pledge: ({ title: string; signedOn: string | null } & PledgeTally) | null;
  /** The roles elected for year + 1, when that bloc-year exists. */
  nextYear: ConferenceNextYear | null;
  ballot: ConferenceBallot | null;
};

export type ConferenceNextYear = {
  year: number;
  roles: { role: BlocRoleCode; name: string; electedOn: string }[];
};
