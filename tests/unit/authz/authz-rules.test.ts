import { describe, expect, it } from "vitest";
import type { BlocYearStatus, UserRole } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import * as authz from "@/server/authz";
import { ForbiddenError } from "@/server/errors";
import type { ScoreEntryStage, YearVisibility } from "@/server/authz";
import { SCOPE_RULES } from "../../support/authz-scope-rules";

const OWN = "unit-own";
const OTHER = "unit-other";
const ROLES: UserRole[] = ["PROVINCE_ADMIN", "BLOC_SECRETARIAT", "VIEWER", "AGENCY_LEADER"];

const user = (role: UserRole, scope: { blocId?: string; unitId?: string } = {}): SessionUser => ({
  id: `user-${role}`,
  username: role.toLowerCase(),
  displayName: role,
  role,
  provinceId: "province",
  blocId: scope.blocId ?? null,
  unitId: scope.unitId ?? null,
});

/** Every role, scoped and unscoped; managers and a viewer who also work in a unit (OWN). */
const USERS = {
  admin: user("PROVINCE_ADMIN"),
  adminOfUnit: user("PROVINCE_ADMIN", { unitId: OWN }),
  secretariat: user("BLOC_SECRETARIAT", { blocId: "bloc" }),
  secretariatOfUnit: user("BLOC_SECRETARIAT", { blocId: "bloc", unitId: OWN }),
  secretariatUnscoped: user("BLOC_SECRETARIAT"),
  viewer: user("VIEWER", { blocId: "bloc" }),
  viewerOfUnit: user("VIEWER", { blocId: "bloc", unitId: OWN }),
  viewerUnscoped: user("VIEWER"),
  leader: user("AGENCY_LEADER", { unitId: OWN }),
  leaderUnscoped: user("AGENCY_LEADER"),
};
type Who = keyof typeof USERS;
const MANAGERS: Who[] = ["admin", "adminOfUnit", "secretariat", "secretariatOfUnit", "secretariatUnscoped"];
const VIEWERS: Who[] = ["viewer", "viewerOfUnit", "viewerUnscoped"];

type Row<A> = [who: Who, arg: A, expected: unknown];
type Rule = { call: (user: SessionUser, arg: unknown) => unknown; rows: Row<unknown>[] };
/** Rows typed against the rule's own argument, then kept side by side with the other rules. */
const rule = <A>(call: (user: SessionUser, arg: A) => unknown, rows: Row<A>[]): Rule => ({
  call: call as Rule["call"],
  rows,
});
/** The same answer for each of `who`. */
const same = <A>(who: Who[], arg: A, expected: unknown): Row<A>[] => who.map((w) => [w, arg, expected]);

const closed: YearVisibility = { status: "ACTIVE", membersSeeProvisional: false };
const shared: YearVisibility = { status: "ACTIVE", membersSeeProvisional: true };
const scoring: YearVisibility = { status: "SCORING", membersSeeProvisional: false };
const published: YearVisibility = { status: "PUBLISHED", membersSeeProvisional: false };
const correcting: YearVisibility = { status: "CORRECTING", membersSeeProvisional: false };
const draft: YearVisibility = { status: "DRAFT", membersSeeProvisional: false };
const scoringShared: YearVisibility = { status: "SCORING", membersSeeProvisional: true };
const unitIn = (year: YearVisibility, unitId: string) => ({ year, unitId });
const stage = (s: ScoreEntryStage, unitId: string) => ({ stage: s, unitId });

/** The rules that take a user, each with rows for every role (and own/other unit where it matters). */
const USER_RULES = {
  leadsUnit: rule(authz.leadsUnit, [
    ["leader", OWN, true],
    ["leader", OTHER, false],
    ["leaderUnscoped", OWN, false],
    ...same(["adminOfUnit", "secretariatOfUnit", "viewerOfUnit", "admin", "viewer"], OWN, false),
  ]),
  mayReportTaskProgressAsOwner: rule(authz.mayReportTaskProgressAsOwner, [
    ["leader", { ownerUnitId: OWN }, true],
    ["leader", { ownerUnitId: OTHER }, false],
    ["leaderUnscoped", { ownerUnitId: OWN }, false],
    // Managers report progress through managing the year, not as an owner.
    ...same(["adminOfUnit", "secretariatOfUnit", "viewerOfUnit", "viewer"], { ownerUnitId: OWN }, false),
  ]),
  mayEditRegistrationsAsOwnUnit: rule(authz.mayEditRegistrationsAsOwnUnit, [
    ["leader", OWN, true],
    ["leader", OTHER, false],
    ["leaderUnscoped", OWN, false],
    ...same(["adminOfUnit", "secretariatOfUnit", "viewerOfUnit", "viewerUnscoped"], OWN, false),
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
  ]),
  defaultScoreStage: rule(authz.defaultScoreStage, [
    ...same([...MANAGERS, ...VIEWERS], undefined, "CROSS_CHECK"),
    ...same(["leader", "leaderUnscoped"], undefined, "SELF"),
  ]),
  mayReadAuditLog: rule(authz.mayReadAuditLog, [
    ...same([...MANAGERS, ...VIEWERS], undefined, true),
    ...same(["leader", "leaderUnscoped"], undefined, false),
  ]),
  seesOtherUnits: rule(authz.seesOtherUnits, [
    ...[closed, shared, scoring, published, correcting].flatMap((year) =>
      same([...MANAGERS, ...VIEWERS], year, true),
    ),
    ...same(["leader", "leaderUnscoped"], closed, false),
    ...same(["leader", "leaderUnscoped"], scoring, false),
    ...same(["leader", "leaderUnscoped"], draft, false),
    ...same(["leader", "leaderUnscoped"], shared, true),
    ...same(["leader", "leaderUnscoped"], scoringShared, true),
    // Published, and still while a correction is open: the latest snapshot is public.
    ...same(["leader", "leaderUnscoped"], published, true),
    ...same(["leader", "leaderUnscoped"], correcting, true),
  ]),
  maySeeUnit: rule(
    (u, { year, unitId }: ReturnType<typeof unitIn>) => authz.maySeeUnit(u, year, unitId),
    [
      ...same([...MANAGERS, ...VIEWERS], unitIn(closed, OTHER), true),
      ["leader", unitIn(closed, OWN), true],
      ["leader", unitIn(closed, OTHER), false],
      ["leader", unitIn(shared, OTHER), true],
      ["leader", unitIn(correcting, OTHER), true],
      ["leaderUnscoped", unitIn(closed, OWN), false],
      ["leaderUnscoped", unitIn(published, OTHER), true],
    ],
  ),
  // Province administration: the province admin of the user's own province, whatever unit they work in.
  provinceAdministeredBy: rule(authz.provinceAdministeredBy, [
    ...same(["admin", "adminOfUnit"], undefined, "province"),
    ...same(["secretariat", "secretariatOfUnit", "secretariatUnscoped", ...VIEWERS], undefined, null),
    ...same(["leader", "leaderUnscoped"], undefined, null),
  ]),
  mayAdministerProvince: rule(authz.mayAdministerProvince, [
    ...same(["admin", "adminOfUnit"], undefined, true),
    ...same(["secretariat", "secretariatOfUnit", "secretariatUnscoped", ...VIEWERS], undefined, false),
    ...same(["leader", "leaderUnscoped"], undefined, false),
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
      ...same(["leader", "leaderUnscoped"], undefined, "refused"),
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

  it("has rows for every role", () => {
    expect(new Set(rows.map(([who]) => USERS[who].role))).toEqual(new Set(ROLES));
  });
});

describe("authz rules that do not depend on the user", () => {
  it.each(ROLE_FREE_RULES.isPublishedStatus)("isPublishedStatus(%s) is %j", (status, expected) => {
    expect(authz.isPublishedStatus(status)).toBe(expected);
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
    const tabled = [...Object.keys(USER_RULES), ...Object.keys(ROLE_FREE_RULES), ...SCOPE_RULES];
    expect(exported.sort()).toEqual(tabled.sort());
  });
});
