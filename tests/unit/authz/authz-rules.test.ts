import { describe, expect, it } from "vitest";
import type { BlocYearStatus, GrantKind } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import * as authz from "@/server/authz";
import type { ScoreEntryStage, YearVisibility } from "@/server/authz";
import { ForbiddenError } from "@/server/errors";
import { sessionUser, type GrantSpec } from "../../factories/users";
import { SCOPE_RULES } from "../../support/authz-scope-rules";

const OWN = "unit-own";
const OTHER = "unit-other";
const KINDS: GrantKind[] = [
  "PROVINCE_ADMIN",
  "BLOC_SECRETARIAT",
  "VIEWER",
  "AGENCY_LEADER",
  "AGENCY_SECRETARIAT_STAFF",
];

const user = (...grants: GrantSpec[]): SessionUser =>
  sessionUser(`user-${grants.map((grant) => grant.kind).join("+")}`, "province", grants);

/**
 * Every grant kind, scoped and unscoped; managers and a viewer who also work in a unit (OWN);
 * and people holding several grants at once (issue 11).
 */
const USERS = {
  admin: user({ kind: "PROVINCE_ADMIN" }),
  adminOfUnit: user({ kind: "PROVINCE_ADMIN", unitId: OWN }),
  secretariat: user({ kind: "BLOC_SECRETARIAT", blocId: "bloc" }),
  secretariatOfUnit: user({ kind: "BLOC_SECRETARIAT", blocId: "bloc", unitId: OWN }),
  secretariatUnscoped: user({ kind: "BLOC_SECRETARIAT" }),
  viewer: user({ kind: "VIEWER", blocId: "bloc" }),
  viewerOfUnit: user({ kind: "VIEWER", blocId: "bloc", unitId: OWN }),
  viewerUnscoped: user({ kind: "VIEWER" }),
  leader: user({ kind: "AGENCY_LEADER", unitId: OWN }),
  leaderUnscoped: user({ kind: "AGENCY_LEADER" }),
  staff: user({ kind: "AGENCY_SECRETARIAT_STAFF", unitId: OWN }),
  leaderAndViewer: user({ kind: "AGENCY_LEADER", unitId: OWN }, { kind: "VIEWER" }),
  leaderAndOtherSecretariat: user(
    { kind: "AGENCY_LEADER", unitId: OWN },
    { kind: "BLOC_SECRETARIAT", blocId: "other-bloc" },
  ),
};
type Who = keyof typeof USERS;
const MANAGERS: Who[] = ["admin", "adminOfUnit", "secretariat", "secretariatOfUnit", "secretariatUnscoped"];
const VIEWERS: Who[] = ["viewer", "viewerOfUnit", "viewerUnscoped"];
/** Those whose grants oversee a year of "bloc" in "province" (a secretariat without a bloc oversees none). */
const OVERSEERS: Who[] = [...MANAGERS.filter((who) => who !== "secretariatUnscoped"), ...VIEWERS];

type Row<A> = [who: Who, arg: A, expected: unknown];
type Rule = { call: (user: SessionUser, arg: unknown) => unknown; rows: Row<unknown>[] };
/** Rows typed against the rule's own argument, then kept side by side with the other rules. */
const rule = <A>(call: (user: SessionUser, arg: A) => unknown, rows: Row<A>[]): Rule => ({
  call: call as Rule["call"],
  rows,
});
/** The same answer for each of `who`. */
const same = <A>(who: Who[], arg: A, expected: unknown): Row<A>[] => who.map((w) => [w, arg, expected]);

/** A year of "bloc" in "province"; OWN heads it and, unless said, the bloc does not follow its head unit. */
const year = (status: BlocYearStatus, more: Partial<YearVisibility> = {}): YearVisibility => ({
  status,
  membersSeeProvisional: false,
  blocId: "bloc",
  provinceId: "province",
  staffedByUnitId: null,
  ...more,
});
const closed = year("ACTIVE");
const shared = year("ACTIVE", { membersSeeProvisional: true });
const scoring = year("SCORING");
const published = year("PUBLISHED");
const correcting = year("CORRECTING");
const draft = year("DRAFT");
const scoringShared = year("SCORING", { membersSeeProvisional: true });
/** The bloc lets its secretariat follow the head unit, OWN. */
const staffed = year("ACTIVE", { staffedByUnitId: OWN });
const otherBloc = year("ACTIVE", { blocId: "other-bloc" });
const otherProvince = year("ACTIVE", { provinceId: "other-province" });
const unitIn = (year: YearVisibility, unitId: string) => ({ year, unitId });
/** A year with the units that are its members. */
const access = (year: YearVisibility, memberUnitIds: string[] = []) => ({ ...year, memberUnitIds });
const stage = (s: ScoreEntryStage, unitId: string) => ({ stage: s, unitId });

/** The rules that take a user, each with rows for every grant kind (and own/other unit where it matters). */
const USER_RULES = {
  leadsUnit: rule(authz.leadsUnit, [
    ["leader", OWN, true],
    ["leader", OTHER, false],
    ["leaderUnscoped", OWN, false],
    ["leaderAndViewer", OWN, true],
    ...same(["adminOfUnit", "secretariatOfUnit", "viewerOfUnit", "admin", "viewer", "staff"], OWN, false),
  ]),
  ownUnitIds: rule(authz.ownUnitIds, [
    ...same(["leader", "adminOfUnit", "secretariatOfUnit", "viewerOfUnit", "staff"], undefined, [OWN]),
    ...same(["admin", "secretariat", "viewer", "leaderUnscoped"], undefined, []),
    ["leaderAndOtherSecretariat", undefined, [OWN]],
  ]),
  mayReportTaskProgressAsOwner: rule(authz.mayReportTaskProgressAsOwner, [
    ["leader", { ownerUnitId: OWN }, true],
    ["leader", { ownerUnitId: OTHER }, false],
    ["leaderUnscoped", { ownerUnitId: OWN }, false],
    // Managers report progress through managing the year, not as an owner.
    ...same(
      ["adminOfUnit", "secretariatOfUnit", "viewerOfUnit", "viewer", "staff"],
      { ownerUnitId: OWN },
      false,
    ),
  ]),
  mayEditRegistrationsAsOwnUnit: rule(authz.mayEditRegistrationsAsOwnUnit, [
    ["leader", OWN, true],
    ["leader", OTHER, false],
    ["leaderUnscoped", OWN, false],
    ...same(["adminOfUnit", "secretariatOfUnit", "viewerOfUnit", "viewerUnscoped", "staff"], OWN, false),
  ]),
  scoreEntryRefusal: rule(authz.scoreEntryRefusal, [
    ["leader", stage("SELF", OWN), null],
    ["leader", stage("SELF", OTHER), "NOT_YOUR_STAGE"],
    ["leader", stage("CROSS_CHECK", OWN), "NOT_YOUR_STAGE"],
    ["leader", stage("FINAL", OWN), "NOT_YOUR_STAGE"],
    ["leaderUnscoped", stage("SELF", OWN), "NOT_YOUR_STAGE"],
    ["secretariatOfUnit", stage("SELF", OWN), "NOT_YOUR_STAGE"],
    ["secretariatOfUnit", stage("CROSS_CHECK", OWN), "OWN_CROSS_CHECK"],
    ["secretariatOfUnit", stage("CROSS_CHECK", OTHER), null],
    ["secretariatOfUnit", stage("FINAL", OWN), null],
    ["adminOfUnit", stage("CROSS_CHECK", OWN), "OWN_CROSS_CHECK"],
    ["admin", stage("CROSS_CHECK", OWN), null],
    ["secretariatUnscoped", stage("FINAL", OTHER), null],
    ["viewerOfUnit", stage("SELF", OWN), "NOT_YOUR_STAGE"],
    ["viewerOfUnit", stage("CROSS_CHECK", OWN), "NOT_YOUR_STAGE"],
    ["viewer", stage("FINAL", OTHER), "NOT_YOUR_STAGE"],
    // The head unit's staff run the year, but never cross-check their own unit.
    ["staff", stage("CROSS_CHECK", OTHER), null],
    ["staff", stage("CROSS_CHECK", OWN), "OWN_CROSS_CHECK"],
    ["staff", stage("SELF", OWN), "NOT_YOUR_STAGE"],
    // A leader who is also another bloc's secretariat: the year access (manage) is what stops them
    // in their own bloc; here they still never cross-check their own unit.
    ["leaderAndOtherSecretariat", stage("SELF", OWN), null],
    ["leaderAndOtherSecretariat", stage("CROSS_CHECK", OWN), "OWN_CROSS_CHECK"],
    ["leaderAndViewer", stage("CROSS_CHECK", OTHER), "NOT_YOUR_STAGE"],
  ]),
  mayEnterScores: rule(authz.mayEnterScores, [
    ["leader", stage("SELF", OWN), true],
    ["leader", stage("SELF", OTHER), false],
    ["leader", stage("CROSS_CHECK", OTHER), false],
    ["leaderUnscoped", stage("SELF", OWN), false],
    ["secretariatOfUnit", stage("CROSS_CHECK", OWN), false],
    ["secretariatOfUnit", stage("CROSS_CHECK", OTHER), true],
    ["secretariatOfUnit", stage("FINAL", OWN), true],
    ["adminOfUnit", stage("CROSS_CHECK", OWN), false],
    ["admin", stage("FINAL", OWN), true],
    ["secretariat", stage("SELF", OWN), false],
    ["viewer", stage("CROSS_CHECK", OTHER), false],
    ["viewerOfUnit", stage("SELF", OWN), false],
    ["staff", stage("FINAL", OTHER), true],
    ["leaderAndViewer", stage("SELF", OWN), true],
    ["leaderAndViewer", stage("FINAL", OTHER), false],
  ]),
  mayReviewScoreSheet: rule(authz.mayReviewScoreSheet, [
    ["admin", OWN, true],
    ["adminOfUnit", OWN, false],
    ["secretariat", OWN, true],
    ["secretariatOfUnit", OWN, false],
    ["secretariatOfUnit", OTHER, true],
    ["secretariatUnscoped", OTHER, true],
    ["viewer", OTHER, false],
    ["leader", OWN, false],
    ["leader", OTHER, false],
    ["staff", OTHER, true],
    ["staff", OWN, false],
    ["leaderAndOtherSecretariat", OWN, false],
  ]),
  // A peer's cross-check sheet: its own leader with read access; anyone else must manage the year.
  peerEntryAccess: rule(authz.peerEntryAccess, [
    ...same(["leader", "leaderAndViewer", "leaderAndOtherSecretariat"], OWN, "view"),
    ...same(["leader", "viewer", "staff", "secretariat"], OTHER, "manage"),
    ["secretariatOfUnit", OWN, "manage"],
    ["admin", OTHER, "manage"],
  ]),
  mayEnterPeerSheet: rule(authz.mayEnterPeerSheet, [
    ...same(["leader", "leaderAndViewer"], { scorerUnitId: OWN, managesYear: false }, true),
    ...same(["leader", "viewer", "viewerOfUnit"], { scorerUnitId: OTHER, managesYear: false }, false),
    ...same(["secretariat", "admin", "staff"], { scorerUnitId: OTHER, managesYear: true }, true),
    ["secretariat", { scorerUnitId: OTHER, managesYear: false }, false],
    ["viewer", { scorerUnitId: OTHER, managesYear: true }, false],
  ]),
  defaultScoreStage: rule(authz.defaultScoreStage, [
    ...same([...MANAGERS, ...VIEWERS, "staff", "leaderAndOtherSecretariat"], undefined, "CROSS_CHECK"),
    ...same(["leader", "leaderUnscoped", "leaderAndViewer"], undefined, "SELF"),
  ]),
  // As blocYearsManageableBy reaches (the database table in authz-scope.test.ts), whatever the stage.
  managesYear: rule(authz.managesYear, [
    ...[closed, published, draft].flatMap((y) =>
      same(
        MANAGERS.filter((who) => who !== "secretariatUnscoped"),
        y,
        true,
      ),
    ),
    ...same(
      [...VIEWERS, "leader", "leaderUnscoped", "leaderAndViewer", "secretariatUnscoped", "staff"],
      closed,
      false,
    ),
    ["staff", staffed, true],
    ["leaderAndOtherSecretariat", closed, false],
    ["leaderAndOtherSecretariat", otherBloc, true],
    ["secretariat", otherBloc, false],
    ["admin", otherBloc, true],
    ["admin", otherProvince, false],
  ]),
  // As blocYearsVisibleTo reaches (compared for every demo user and year in authz-scope.test.ts).
  mayViewYear: rule(authz.mayViewYear, [
    ...same([...OVERSEERS, "leaderAndViewer"], access(closed), true),
    ...same(["leader", "leaderAndOtherSecretariat"], access(closed, [OWN]), true),
    ...same(["leader", "leaderUnscoped", "leaderAndOtherSecretariat", "staff"], access(closed), false),
    ["leaderUnscoped", access(closed, [OWN]), false],
    ["secretariatUnscoped", access(closed, [OWN]), false],
    ["staff", access(staffed), true],
    ["leader", access(otherProvince, [OWN]), false],
    ["secretariat", access(otherBloc), false],
    ["leaderAndOtherSecretariat", access(otherBloc), true],
    ["admin", access(otherBloc), true],
    ["admin", access(otherProvince), false],
  ]),
  mayReadAuditLog: rule(authz.mayReadAuditLog, [
    ...same([...OVERSEERS, "leaderAndViewer"], closed, true),
    ...same(
      ["leader", "leaderUnscoped", "leaderAndOtherSecretariat", "staff", "secretariatUnscoped"],
      closed,
      false,
    ),
    ["staff", staffed, true],
    ["secretariat", otherBloc, false],
    ["viewer", otherBloc, false],
    ["viewerUnscoped", otherBloc, true],
    ["admin", otherProvince, false],
  ]),
  seesOtherUnits: rule(authz.seesOtherUnits, [
    ...[closed, shared, scoring, published, correcting].flatMap((y) =>
      same([...OVERSEERS, "leaderAndViewer"], y, true),
    ),
    ...same(
      ["leader", "leaderUnscoped", "staff", "leaderAndOtherSecretariat", "secretariatUnscoped"],
      closed,
      false,
    ),
    ...same(["leader", "leaderUnscoped"], scoring, false),
    ...same(["leader", "leaderUnscoped"], draft, false),
    ...same(["leader", "leaderUnscoped"], shared, true),
    ...same(["leader", "leaderUnscoped"], scoringShared, true),
    // Published, and still while a correction is open: the latest snapshot is public.
    ...same(["leader", "leaderUnscoped"], published, true),
    ...same(["leader", "leaderUnscoped"], correcting, true),
    // Staff oversee only the years their unit heads in a bloc that follows the head unit.
    ["staff", staffed, true],
    ["staff", published, true],
    // A grant over another bloc or province opens nothing in this year.
    ["leaderAndOtherSecretariat", otherBloc, true],
    ["secretariat", otherBloc, false],
    ["admin", otherProvince, false],
  ]),
  // Issue 14: objections. Only the unit's own leader files; a manager answers, never for their unit.
  mayFileObjection: rule(authz.mayFileObjection, [
    ["leader", OWN, true],
    ["leaderAndViewer", OWN, true],
    ["leaderAndOtherSecretariat", OWN, true],
    ["leader", OTHER, false],
    ["leaderUnscoped", OWN, false],
    ...same(
      ["adminOfUnit", "secretariatOfUnit", "viewerOfUnit", "staff", "secretariat", "admin"],
      OWN,
      false,
    ),
  ]),
  mayResolveObjection: rule(authz.mayResolveObjection, [
    ...same(
      ["admin", "secretariat", "secretariatUnscoped", "staff", "secretariatOfUnit", "adminOfUnit"],
      OTHER,
      true,
    ),
    ...same(["secretariatOfUnit", "adminOfUnit", "staff", "leaderAndOtherSecretariat"], OWN, false),
    ...same(["leader", "viewer", "viewerOfUnit", "leaderAndViewer"], OTHER, false),
  ]),
  // Before publication an objection is its unit's and the year's overseers', nobody else's.
  maySeeObjection: rule(
    (u, { year: y, unitId }: ReturnType<typeof unitIn>) => authz.maySeeObjection(u, y, unitId),
    [
      ...same(OVERSEERS, unitIn(closed, OTHER), true),
      ["leader", unitIn(scoring, OWN), true],
      ["leader", unitIn(scoring, OTHER), false],
      ["leader", unitIn(scoringShared, OTHER), false],
      ["staff", unitIn(scoring, OWN), true],
      ["staff", unitIn(scoring, OTHER), false],
      ["staff", unitIn(staffed, OTHER), true],
      ["leaderAndOtherSecretariat", unitIn(scoring, OTHER), false],
      ["secretariat", unitIn(otherBloc, OTHER), false],
    ],
  ),
  maySeeUnit: rule(
    (u, { year: y, unitId }: ReturnType<typeof unitIn>) => authz.maySeeUnit(u, y, unitId),
    [
      ...same(OVERSEERS, unitIn(closed, OTHER), true),
      ["leader", unitIn(closed, OWN), true],
      ["leader", unitIn(closed, OTHER), false],
      ["leader", unitIn(shared, OTHER), true],
      ["leader", unitIn(correcting, OTHER), true],
      ["leaderUnscoped", unitIn(closed, OWN), false],
      ["leaderUnscoped", unitIn(published, OTHER), true],
      ["staff", unitIn(closed, OTHER), false],
      ["staff", unitIn(staffed, OTHER), true],
      ["leaderAndOtherSecretariat", unitIn(closed, OTHER), false],
      ["leaderAndOtherSecretariat", unitIn(closed, OWN), true],
    ],
  ),
  requireProvinceAdmin: rule(
    (u) => {
      try {
        return authz.requireProvinceAdmin(u);
      } catch (error) {
        return error instanceof ForbiddenError ? "refused" : error;
      }
    },
    [
      ["admin", undefined, "province"],
      ...same(["secretariat", "viewerUnscoped", "leader", "staff", "leaderAndViewer"], undefined, "refused"),
    ],
  ),
  // Province administration: the province admin of the user's own province, whatever unit they work in.
  provinceAdministeredBy: rule(authz.provinceAdministeredBy, [
    ...same(["admin", "adminOfUnit"], undefined, "province"),
    ...same(["secretariat", "secretariatOfUnit", "secretariatUnscoped", ...VIEWERS], undefined, null),
    ...same(
      ["leader", "leaderUnscoped", "staff", "leaderAndViewer", "leaderAndOtherSecretariat"],
      undefined,
      null,
    ),
  ]),
  mayAdministerProvince: rule(authz.mayAdministerProvince, [
    ...same(["admin", "adminOfUnit"], undefined, true),
    ...same(["secretariat", "secretariatOfUnit", "secretariatUnscoped", ...VIEWERS], undefined, false),
    ...same(
      ["leader", "leaderUnscoped", "staff", "leaderAndViewer", "leaderAndOtherSecretariat"],
      undefined,
      false,
    ),
  ]),
  authorizeProvinceAdmin: rule(
    (u) => {
      try {
        return authz.authorizeProvinceAdmin(u);
      } catch (error) {
        return error instanceof ForbiddenError ? "refused" : error;
      }
    },
    [
      ...same(["admin", "adminOfUnit"], undefined, { provinceId: "province" }),
      ...same(["secretariat", "secretariatOfUnit", ...VIEWERS], undefined, "refused"),
      ...same(["leader", "leaderUnscoped", "staff", "leaderAndViewer"], undefined, "refused"),
    ],
  ),
};

/** The rules that do not depend on who asks. */
const ROLE_FREE_RULES = {
  isPublishedStatus: [
    ["DRAFT", false],
    ["ACTIVE", false],
    ["SCORING", false],
    ["PUBLISHED", true],
    ["CORRECTING", true],
  ] satisfies [BlocYearStatus, boolean][],
  scoreEntryAccess: [
    ["SELF", "view"],
    ["CROSS_CHECK", "manage"],
    ["FINAL", "manage"],
  ] satisfies [ScoreEntryStage, authz.BlocAction][],
};

describe.each(Object.entries(USER_RULES))("authz rule %s", (_name, { call, rows }) => {
  it.each(rows)("for %s with %j answers %j", (who, arg, expected) => {
    expect(call(USERS[who], arg)).toEqual(expected);
  });

  it("has rows for every grant kind", () => {
    expect(new Set(rows.flatMap(([who]) => USERS[who].grants.map((grant) => grant.kind)))).toEqual(
      new Set(KINDS),
    );
  });
});

describe("authz rules that do not depend on the user", () => {
  it.each(ROLE_FREE_RULES.isPublishedStatus)("isPublishedStatus(%s) is %j", (status, expected) => {
    expect(authz.isPublishedStatus(status)).toBe(expected);
  });

  it("yearVisibility names the head unit as the year's staff only where the bloc follows it", () => {
    const row = (follows: boolean) => ({
      status: "ACTIVE" as const,
      membersSeeProvisional: false,
      blocId: "bloc",
      bloc: { provinceId: "province", secretariatFollowsHeadUnit: follows },
      roles: [{ unitId: OWN }],
    });
    expect(authz.yearVisibility(row(true))).toEqual(staffed);
    expect(authz.yearVisibility(row(false))).toEqual(closed);
  });

  it.each(ROLE_FREE_RULES.scoreEntryAccess)("scoreEntryAccess(%s) is %j", (entryStage, expected) => {
    expect(authz.scoreEntryAccess(entryStage)).toBe(expected);
  });
});

describe("the authz rule tables", () => {
  it("have rows for every rule authz exports, so a new rule cannot go untested", () => {
    const exported = Object.entries(authz)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name);
    const tabled = [
      ...Object.keys(USER_RULES),
      ...Object.keys(ROLE_FREE_RULES),
      "yearVisibility",
      ...SCOPE_RULES,
    ];
    expect(exported.sort()).toEqual(tabled.sort());
  });
});
