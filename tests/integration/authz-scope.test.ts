import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrantKind } from "@/generated/prisma/enums";
import type { BlocWhereInput, BlocYearWhereInput, UnitWhereInput } from "@/generated/prisma/models";
import type { SessionUser } from "@/server/auth/session-user";
import * as authz from "@/server/authz";
import { loadYearFrame } from "@/server/queries/rankings/year-frame";
import { ForbiddenError } from "@/server/errors";
import { demoWorld } from "../factories/demo";
import { createUserWithGrants } from "../factories/users";
import { SCOPE_RULES } from "../support/authz-scope-rules";
import { openTestDatabase, testBackends, type TestDatabase } from "../support/test-database";

type Who =
  | "admin"
  | "secretariat"
  | "secretariatUnscoped"
  | "viewer"
  | "viewerUnscoped"
  | "leader"
  | "leaderUnscoped"
  | "staff"
  | "leaderAndViewer"
  | "leaderAndOtherSecretariat";
const KINDS: GrantKind[] = [
  "PROVINCE_ADMIN",
  "BLOC_SECRETARIAT",
  "VIEWER",
  "AGENCY_LEADER",
  "AGENCY_SECRETARIAT_STAFF",
];

/** What each where-clause or loader reaches in the demo world, as "BLOC year" or "BLOC" labels. */
type Row = [who: Who, arg: string, reached: string[]];
const KTKT_YEARS = ["KTKT 2023", "KTKT 2024"];
const PROVINCE_YEARS = [...KTKT_YEARS, "VHXH 2024"];
const PROVINCE_BLOCS = ["EMPTY", "KTKT", "VHXH"];
const KTKT_UNITS = ["BQLDA", "BQLKCN", "CT", "GTVT", "KHCN", "NNPTNT", "TNMT", "XD"];
const PROVINCE_UNITS = [...KTKT_UNITS, "GDDT", "VHTTDL", "YT"].sort();
const none = (who: readonly Who[], arg = ""): Row[] => who.map((w) => [w, arg, []]);

// In KTKT, whose secretariat follows the head unit here, TN&MT heads 2024 (KH&CN headed 2023).
const VISIBLE_YEARS: Row[] = [
  ["admin", "", PROVINCE_YEARS],
  ["staff", "", ["KTKT 2024"]],
  ["leaderAndViewer", "", PROVINCE_YEARS],
  ["leaderAndOtherSecretariat", "", PROVINCE_YEARS],
  ["secretariat", "", KTKT_YEARS],
  ["viewer", "", KTKT_YEARS],
  ["viewerUnscoped", "", PROVINCE_YEARS],
  ["leader", "", KTKT_YEARS],
  ...none(["secretariatUnscoped", "leaderUnscoped"]),
];
const MANAGEABLE_YEARS: Row[] = [
  ["admin", "", PROVINCE_YEARS],
  ["staff", "", ["KTKT 2024"]],
  ["leaderAndViewer", "", []],
  ["leaderAndOtherSecretariat", "", ["VHXH 2024"]],
  ["secretariat", "", KTKT_YEARS],
  ...none(["secretariatUnscoped", "viewer", "viewerUnscoped", "leader", "leaderUnscoped"]),
];
const withArg = (rows: Row[], arg: string): Row[] => rows.map(([who, , reached]) => [who, arg, reached]);
// Staff run their head unit's year, not the bloc's own settings.
const MANAGEABLE_BLOCS: Row[] = [
  ["admin", "", PROVINCE_BLOCS],
  ["staff", "", []],
  ["leaderAndViewer", "", []],
  ["leaderAndOtherSecretariat", "", ["VHXH"]],
  ["secretariat", "", ["KTKT"]],
  ...none(["secretariatUnscoped", "viewer", "viewerUnscoped", "leader", "leaderUnscoped"]),
];

const TABLES: Record<(typeof SCOPE_RULES)[number], Row[]> = {
  blocYearsVisibleTo: VISIBLE_YEARS,
  blocYearsManageableBy: MANAGEABLE_YEARS,
  blocYearsAllowed: [...withArg(VISIBLE_YEARS, "view"), ...withArg(MANAGEABLE_YEARS, "manage")],
  authorizeBlocYear: [...withArg(VISIBLE_YEARS, "view"), ...withArg(MANAGEABLE_YEARS, "manage")],
  blocsVisibleTo: [
    // Only a province admin sees a bloc that has no year yet.
    ["admin", "", PROVINCE_BLOCS],
    ["secretariat", "", ["KTKT"]],
    ["viewer", "", ["KTKT"]],
    ["viewerUnscoped", "", ["KTKT", "VHXH"]],
    ["leader", "", ["KTKT"]],
    ["staff", "", ["KTKT"]],
    ["leaderAndViewer", "", ["KTKT", "VHXH"]],
    ["leaderAndOtherSecretariat", "", ["KTKT", "VHXH"]],
    ...none(["secretariatUnscoped", "leaderUnscoped"]),
  ],
  blocsManageableBy: MANAGEABLE_BLOCS,
  authorizeBlocManagement: MANAGEABLE_BLOCS,
  // The years in which the user may write the unit's registrations (own unit TNMT, other GTVT).
  registrationYearsWritableBy: [
    ["admin", "GTVT", PROVINCE_YEARS],
    ["secretariat", "GTVT", KTKT_YEARS],
    ["leader", "TNMT", KTKT_YEARS],
    ["leader", "GTVT", []],
    ["staff", "GTVT", ["KTKT 2024"]],
    ["leaderAndViewer", "CT", KTKT_YEARS],
    ["leaderAndViewer", "GTVT", []],
    ["leaderAndOtherSecretariat", "TNMT", PROVINCE_YEARS],
    ["leaderAndOtherSecretariat", "GTVT", ["VHXH 2024"]],
    ...none(["leaderUnscoped", "secretariatUnscoped", "viewer", "viewerUnscoped"], "TNMT"),
  ],
  // The units whose page the user may open; an argument adds a leader grant of that unit. NNMT
  // (the 2025 successor) is a member of no seeded year: only its own people see it.
  unitsVisibleTo: [
    ["admin", "", PROVINCE_UNITS],
    ["secretariat", "", KTKT_UNITS],
    ["viewer", "", KTKT_UNITS],
    ["viewerUnscoped", "", PROVINCE_UNITS],
    ["leader", "", KTKT_UNITS],
    ["leader", "NNMT", [...KTKT_UNITS, "NNMT"].sort()],
    ["staff", "", KTKT_UNITS],
    ["leaderAndViewer", "", PROVINCE_UNITS],
    ["leaderAndOtherSecretariat", "", PROVINCE_UNITS],
    ["secretariat", "NNMT", [...KTKT_UNITS, "NNMT"].sort()],
    ...none(["secretariatUnscoped", "leaderUnscoped"]),
  ],
};

describe.each(testBackends())("authz where-clauses and loaders against a database (%s)", (kind) => {
  let t: TestDatabase;
  let users: Record<Who, SessionUser>;
  let unitIds: Map<string, string>;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    const demo = await demoWorld(t.prisma);
    await addOtherProvinceAndEmptyBloc(t, demo.user("admin.yenbai").provinceId);
    const units = await t.prisma.unit.findMany({ select: { id: true, code: true } });
    unitIds = new Map(units.map((unit) => [unit.code, unit.id]));
    const unscoped = (username: string) => {
      const user = demo.user(username);
      return { ...user, grants: user.grants.map((grant) => ({ ...grant, blocId: null, unitId: null })) };
    };
    const provinceId = demo.user("admin.yenbai").provinceId;
    await t.prisma.bloc.update({ where: { id: demo.ktkt.id }, data: { secretariatFollowsHeadUnit: true } });
    users = {
      admin: demo.user("admin.yenbai"),
      secretariat: demo.user("thuky.ktkt"),
      secretariatUnscoped: unscoped("thuky.ktkt"),
      viewer: demo.user("xem.ktkt"),
      viewerUnscoped: unscoped("xem.ktkt"),
      leader: demo.user("lanhdao.tnmt"),
      leaderUnscoped: unscoped("lanhdao.tnmt"),
      staff: await createUserWithGrants(t.prisma, {
        username: "thuky.tnmt",
        provinceId,
        grants: [{ kind: "AGENCY_SECRETARIAT_STAFF", unitId: unitIds.get("TNMT") }],
      }),
      leaderAndViewer: demo.user("lanhdao.congthuong"),
      leaderAndOtherSecretariat: await createUserWithGrants(t.prisma, {
        username: "lanhdao.tnmt.thuky.vhxh",
        provinceId,
        grants: [
          { kind: "AGENCY_LEADER", unitId: unitIds.get("TNMT") },
          { kind: "BLOC_SECRETARIAT", blocId: demo.vhxh.id },
        ],
      }),
    };
  });
  afterAll(() => t.close());

  const years = async (where: BlocYearWhereInput) => {
    const rows = await t.prisma.blocYear.findMany({
      where,
      select: { year: true, bloc: { select: { code: true } } },
    });
    return rows.map((row) => `${row.bloc.code} ${row.year}`).sort();
  };
  const units = async (where: UnitWhereInput) =>
    (await t.prisma.unit.findMany({ where, select: { code: true } })).map((row) => row.code).sort();
  const blocs = async (where: BlocWhereInput) =>
    (await t.prisma.bloc.findMany({ where, select: { code: true } })).map((row) => row.code).sort();
  /** The labels of the rows a loader resolves for; every other one it refuses as forbidden. */
  const loaded = async <R extends { id: string; label: string }>(
    rows: R[],
    load: (row: R) => Promise<unknown>,
  ) => {
    const outcomes = await Promise.all(
      rows.map((row) =>
        load(row).then(
          () => row.label,
          (error: unknown) => {
            expect(error).toBeInstanceOf(ForbiddenError);
            return null;
          },
        ),
      ),
    );
    return outcomes.filter((label) => label !== null).sort();
  };
  const allYears = async () =>
    (
      await t.prisma.blocYear.findMany({ select: { id: true, year: true, bloc: { select: { code: true } } } })
    ).map((row) => ({ id: row.id, label: `${row.bloc.code} ${row.year}` }));
  const allBlocs = async () =>
    (await t.prisma.bloc.findMany({ select: { id: true, code: true } })).map((row) => ({
      id: row.id,
      label: row.code,
    }));

  const reach: Record<keyof typeof TABLES, (user: SessionUser, arg: string) => Promise<string[]>> = {
    blocYearsVisibleTo: (user) => years(authz.blocYearsVisibleTo(user)),
    blocYearsManageableBy: (user) => years(authz.blocYearsManageableBy(user)),
    blocYearsAllowed: (user, action) => years(authz.blocYearsAllowed(user, action as authz.BlocAction)),
    blocsVisibleTo: (user) => blocs(authz.blocsVisibleTo(user)),
    blocsManageableBy: (user) => blocs(authz.blocsManageableBy(user)),
    registrationYearsWritableBy: (user, unit) =>
      years(authz.registrationYearsWritableBy(user, unitIds.get(unit) ?? "")),
    unitsVisibleTo: (user, ownUnit) =>
      units(
        authz.unitsVisibleTo(
          ownUnit
            ? {
                ...user,
                grants: [
                  ...user.grants,
                  {
                    kind: "AGENCY_LEADER",
                    provinceId: user.provinceId,
                    blocId: null,
                    unitId: unitIds.get(ownUnit)!,
                  },
                ],
              }
            : user,
        ),
      ),
    authorizeBlocYear: async (user, action) =>
      loaded(await allYears(), (row) =>
        authz.authorizeBlocYear(t.prisma, { user, blocYearId: row.id, action: action as authz.BlocAction }),
      ),
    authorizeBlocManagement: async (user) =>
      loaded(await allBlocs(), (row) => authz.authorizeBlocManagement(t.prisma, { user, blocId: row.id })),
  };

  describe.each(Object.entries(TABLES))("%s", (name, rows) => {
    it.each(rows)("for %s (%s) reaches %j", async (who, arg, reached) => {
      expect(await reach[name as keyof typeof TABLES](users[who], arg)).toEqual(reached);
    });

    it("has rows for every grant kind", () => {
      expect(new Set(rows.flatMap(([who]) => users[who].grants.map((grant) => grant.kind)))).toEqual(
        new Set(KINDS),
      );
    });
  });

  it("manages in memory (managesYear, for a page header) exactly the years the where-clause reaches", async () => {
    const rows = await t.prisma.blocYear.findMany({
      select: {
        ...authz.YEAR_VISIBILITY_SELECT,
        year: true,
        bloc: { select: { code: true, ...authz.YEAR_VISIBILITY_SELECT.bloc.select } },
      },
    });
    for (const [who, user] of Object.entries(users)) {
      const inMemory = rows
        .filter((row) => authz.managesYear(user, authz.yearVisibility(row)))
        .map((row) => `${row.bloc.code} ${row.year}`)
        .sort();
      expect(inMemory, who).toEqual(await years(authz.blocYearsManageableBy(user)));
    }
  });

  it("views in memory (mayViewYear, for a cached year frame) exactly the years the where-clause reaches", async () => {
    const frames = await Promise.all(
      (await t.prisma.blocYear.findMany({ select: { blocId: true, year: true } })).map((where) =>
        loadYearFrame(t.prisma)(where),
      ),
    );
    const codes = new Map(
      (await t.prisma.bloc.findMany({ select: { id: true, code: true } })).map((bloc) => [
        bloc.id,
        bloc.code,
      ]),
    );
    for (const [who, user] of Object.entries(users)) {
      const inMemory = frames
        .filter((frame) => frame && authz.mayViewYear(user, frame.access))
        .map((frame) => `${codes.get(frame!.frame.blocId)} ${frame!.frame.year}`)
        .sort();
      expect(inMemory, who).toEqual(await years(authz.blocYearsVisibleTo(user)));
    }
  });

  it("never reaches the other province's bloc, whoever asks", async () => {
    for (const user of Object.values(users)) {
      expect(await years(authz.blocYearsVisibleTo(user))).not.toContain("XX 2024");
      expect(await units(authz.unitsVisibleTo(user))).not.toContain("XXU");
      expect(await blocs(authz.blocsVisibleTo(user))).not.toContain("XX");
    }
  });
});

it("lists every where-clause rule in its table", () => {
  expect(Object.keys(TABLES).sort()).toEqual([...SCOPE_RULES].sort());
});

/** A bloc with no year in the demo province, and a bloc-year in another province. */
async function addOtherProvinceAndEmptyBloc(t: TestDatabase, provinceId: string) {
  const foundedOn = new Date("2020-01-01");
  await t.prisma.bloc.create({ data: { provinceId, code: "EMPTY", name: "Khối chưa có năm", foundedOn } });
  const other = await t.prisma.province.create({ data: { code: "XX", name: "Tỉnh khác" } });
  const bloc = await t.prisma.bloc.create({
    data: { provinceId: other.id, code: "XX", name: "Khối tỉnh khác", foundedOn },
  });
  const year = await t.prisma.blocYear.create({ data: { blocId: bloc.id, year: 2024, rules: {} } });
  const unit = await t.prisma.unit.create({ data: { provinceId: other.id, code: "XXU" } });
  await t.prisma.membership.create({
    data: { blocYearId: year.id, unitId: unit.id, joinedOn: foundedOn },
  });
}
