import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrantKind } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { ForbiddenError } from "@/server/errors";
import { demoWorld } from "../factories/demo";
import { createUserWithGrants } from "../factories/users";
import { openTestDatabase, testBackends, type TestDatabase } from "../support/test-database";
import { prepareYear, yearFingerprint, type YearWorld } from "./publishing/published-year-world";
import { WRITE_ACTIONS } from "./publishing/published-year-writes";

/**
 * Every write action the app offers on a bloc-year (the catalogue the published-year test checks
 * is complete), tried on KTKT 2024 by a holder of each grant kind whose scope does not reach
 * it, and by people holding several such grants (issue 11): every call is refused as forbidden,
 * and the year's rows — audit log included — are exactly as before.
 */
const KINDS: GrantKind[] = [
  "PROVINCE_ADMIN",
  "BLOC_SECRETARIAT",
  "VIEWER",
  "AGENCY_LEADER",
  "AGENCY_SECRETARIAT_STAFF",
];

describe.each(testBackends())("no grant outside its scope writes to a bloc-year (%s)", (kind) => {
  let t: TestDatabase;
  let w: YearWorld;
  let intruders: Record<string, SessionUser>;

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    const demo = await demoWorld(t.prisma);
    w = await prepareYear(t.prisma, demo);
    const provinceId = demo.user("admin.yenbai").provinceId;
    const other = await t.prisma.province.create({ data: { code: "XX", name: "Tỉnh khác" } });
    const make = (
      username: string,
      grants: Parameters<typeof createUserWithGrants>[1]["grants"],
      province = provinceId,
    ) => createUserWithGrants(t.prisma, { username, provinceId: province, grants });
    intruders = {
      "admin of another province": await make("admin.xx", [{ kind: "PROVINCE_ADMIN" }], other.id),
      "secretariat of another bloc": demo.user("thuky.vhxh"),
      "viewer of the bloc": demo.user("xem.ktkt"),
      "viewer of the province": await make("xem.yenbai", [{ kind: "VIEWER" }]),
      // KH&CN is a member, but no action here touches its own rows.
      "leader of another member": await make("lanhdao.khcn", [
        { kind: "AGENCY_LEADER", unitId: w.unit("KHCN") },
      ]),
      // TN&MT heads 2024, but KTKT's secretariat does not follow the head unit.
      "head unit's staff, bloc not following": await make("canbo.tnmt", [
        { kind: "AGENCY_SECRETARIAT_STAFF", unitId: w.unit("TNMT") },
      ]),
      "leader and province viewer": await make("lanhdao.khcn.xem", [
        { kind: "AGENCY_LEADER", unitId: w.unit("KHCN") },
        { kind: "VIEWER" },
      ]),
      "leader, viewer and another bloc's secretariat": await make("nhieu.quyen", [
        { kind: "AGENCY_LEADER", unitId: w.unit("KHCN") },
        { kind: "VIEWER" },
        { kind: "BLOC_SECRETARIAT", blocId: demo.vhxh.id },
        { kind: "AGENCY_SECRETARIAT_STAFF", unitId: w.unit("KHCN") },
      ]),
    };
  }, 120_000);
  afterAll(() => t.close());

  it("tries a holder of every grant kind", () => {
    const kinds = new Set(Object.values(intruders).flatMap((user) => user.grants.map((grant) => grant.kind)));
    expect(kinds).toEqual(new Set(KINDS));
  });

  it("refuses every action to every intruder and leaves the year untouched", async () => {
    const before = await yearFingerprint(t.prisma, w.yearId);
    const successes: string[] = [];
    for (const [who, user] of Object.entries(intruders)) {
      const world: YearWorld = { ...w, as: () => user };
      for (const action of WRITE_ACTIONS) {
        const outcome = await action.run(world).then(
          () => "succeeded",
          (error: unknown) => (error instanceof ForbiddenError ? null : `failed otherwise: ${String(error)}`),
        );
        if (outcome) successes.push(`${action.name} as ${who}: ${outcome}`);
      }
    }
    expect(successes).toEqual([]);
    expect(await yearFingerprint(t.prisma, w.yearId)).toEqual(before);
  }, 120_000);
});
