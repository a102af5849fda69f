import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RotationRule } from "@/generated/prisma/enums";
import { setRotationRuleSchema } from "@/schemas/members/rotation-rule";
import { ConflictError, ForbiddenError } from "@/server/errors";
import { createNextBlocYear } from "@/server/mutations/members/create-next-bloc-year";
import { setRotationRule } from "@/server/mutations/members/set-rotation-rule";
import { getMembersPage } from "@/server/queries/members/get-members-page";
import { getRotationPreview } from "@/server/queries/members/get-rotation-preview";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";
import { expectOneWinner, FORBIDDEN_USERS, ktktIds, whilePublished } from "./world";

describe.each(testBackends())("the bloc's rotation rule (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let ids: Awaited<ReturnType<typeof ktktIds>>;
  const bloc = () =>
    t.prisma.bloc.findUniqueOrThrow({
      where: { id: demo.ktkt.id },
      select: { rotationRule: true, version: true },
    });
  const blocAudits = () =>
    t.prisma.auditEvent.findMany({ where: { entity: "Bloc" }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  const change = async (rotationRule: RotationRule, overrides: { version?: number } = {}) => ({
    blocYearId: ids.y2024.id,
    version: (await bloc()).version,
    rotationRule,
    ...overrides,
  });
  const secretariat = () => demo.user("thuky.ktkt");

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    ids = await ktktIds(t.prisma, demo);
  });
  afterAll(() => t.close());

  it.each(["thuky.ktkt", "admin.yenbai"])(
    "lets %s change it, even from a published year, auditing old → new",
    async (username) => {
      const user = demo.user(username);
      const before = await bloc();
      expect(before.rotationRule).toBe("STANDING_DEPUTY_BECOMES_HEAD");
      await whilePublished(t.prisma, ids.y2024.id, async () => {
        await expect(setRotationRule(t.prisma, user, await change("MANUAL"))).resolves.toEqual({
          version: before.version + 1,
        });
      });
      expect(await bloc()).toEqual({ rotationRule: "MANUAL", version: before.version + 1 });
      expect((await blocAudits()).at(-1)).toMatchObject({
        actorId: user.id,
        blocYearId: ids.y2024.id,
        entityId: demo.ktkt.id,
        action: "update",
        field: "rotationRule",
        oldValue: "STANDING_DEPUTY_BECOMES_HEAD",
        newValue: "MANUAL",
      });
      await setRotationRule(t.prisma, user, await change("STANDING_DEPUTY_BECOMES_HEAD"));
      expect((await bloc()).rotationRule).toBe("STANDING_DEPUTY_BECOMES_HEAD");
    },
  );

  it("saves an unchanged rule without an audit event", async () => {
    const audits = (await blocAudits()).length;
    await setRotationRule(t.prisma, secretariat(), await change("STANDING_DEPUTY_BECOMES_HEAD"));
    expect(await blocAudits()).toHaveLength(audits);
  });

  it.each(FORBIDDEN_USERS)("refuses %s and changes nothing", async (username) => {
    const [before, audits] = [await bloc(), await blocAudits()];
    await expect(
      setRotationRule(t.prisma, demo.user(username), await change("MANUAL")),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await bloc()).toEqual(before);
    expect(await blocAudits()).toEqual(audits);
  });

  it("refuses a year id that does not exist, like someone else's", async () => {
    const input = { ...(await change("MANUAL")), blocYearId: "khongtontai" };
    await expect(setRotationRule(t.prisma, secretariat(), input)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a stale version with a conflict naming the current rule", async () => {
    const before = await bloc();
    const error = await setRotationRule(
      t.prisma,
      secretariat(),
      await change("MANUAL", { version: before.version - 1 }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toContain("hiện: Phó trưởng khối thường trực lên Trưởng khối");
    expect(await bloc()).toEqual(before);
  });

  it("of two simultaneous changes from the same page, exactly one wins", async () => {
    const [before, audits] = [await bloc(), (await blocAudits()).length];
    const [a, b] = [await change("MANUAL"), await change("MANUAL")];
    expectOneWinner(
      await Promise.allSettled([
        setRotationRule(t.prisma, secretariat(), a),
        setRotationRule(t.prisma, demo.user("admin.yenbai"), b),
      ]),
      ConflictError,
    );
    expect(await bloc()).toEqual({ rotationRule: "MANUAL", version: before.version + 1 });
    expect(await blocAudits()).toHaveLength(audits + 1);
    await setRotationRule(t.prisma, secretariat(), await change("STANDING_DEPUTY_BECOMES_HEAD"));
  });

  it("makes the rotation preview manual once the rule is MANUAL", async () => {
    const preview = async () =>
      getRotationPreview(t.prisma, (await getMembersPage(t.prisma, secretariat(), ids.y2024.id))!);
    expect(await preview()).toMatchObject({ nextYear: 2025, manual: false });
    await setRotationRule(t.prisma, secretariat(), await change("MANUAL"));
    expect(await preview()).toEqual({ nextYear: 2025, manual: true });
    await setRotationRule(t.prisma, secretariat(), await change("STANDING_DEPUTY_BECOMES_HEAD"));
  });

  it("suggests only units that close next year: the standing deputy merging away on 01/03/2025 is passed over", async () => {
    // 2024: TN&MT head, GTVT standing deputy, Công Thương deputy; GTVT merges into Xây dựng on 01/03/2025.
    const suggested = async () => {
      const preview = await getRotationPreview(
        t.prisma,
        (await getMembersPage(t.prisma, secretariat(), ids.y2024.id))!,
      );
      if (preview.manual) throw new Error("the demo's rule suggests roles");
      return { roles: preview.roles.map((r) => [r.role, r.name]), openSeats: preview.openSeats };
    };
    const expected = {
      roles: [["HEAD", "Sở Công Thương"]],
      openSeats: ["STANDING_DEPUTY", "DEPUTY"],
    };
    expect(await suggested()).toEqual(expected);
    // The same once 2025 is created through the app, from its memberships.
    await createNextBlocYear(t.prisma, secretariat(), { fromBlocYearId: ids.y2024.id });
    expect(await suggested()).toEqual(expected);
  });

  it.each([
    ["thuky.ktkt", true],
    ["admin.yenbai", true],
    ["xem.ktkt", false],
    ["lanhdao.tnmt", false],
  ] as const)("offers the form to %s: %s", async (username, offered) => {
    const page = await getMembersPage(t.prisma, demo.user(username), ids.y2024.id);
    expect(page).toMatchObject({ canSetRotationRule: offered, blocVersion: (await bloc()).version });
  });

  it.each([
    [{ rotationRule: "" }, "rotationRule", "Vui lòng chọn quy tắc luân phiên."],
    [{ rotationRule: "ELECTED" }, "rotationRule", "Vui lòng chọn quy tắc luân phiên."],
    [{ version: "abc" }, "version", "Phiên bản không hợp lệ."],
    [{ blocYearId: "a\u0000b" }, "blocYearId", "Mã bản ghi không hợp lệ. Vui lòng tải lại trang."],
  ])("rejects %j in the schema", (overrides, field, message) => {
    const result = setRotationRuleSchema.safeParse({
      blocYearId: "y1",
      version: "1",
      rotationRule: "MANUAL",
      ...overrides,
    });
    expect(result.error?.issues.find((issue) => issue.path[0] === field)?.message).toBe(message);
  });
});
