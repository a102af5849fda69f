import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountSchema, setAccountActiveSchema } from "@/schemas/accounts/account";
import { findSessionUser, loadSessionAccount } from "@/server/auth/find-session-user";
import { accountsKeptIn } from "@/server/cache/session-accounts";
import { endSessions } from "@/server/mutations/account/end-sessions";
import { createAccount } from "@/server/mutations/accounts/create-account";
import { setAccountActive } from "@/server/mutations/accounts/set-account-active";
import type { DatabaseListener } from "@/server/notify/channel";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { listenedCache } from "../../support/listened-cache";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

// Every request checks its session against the account's row; an instance keeps the row until
// the database announces a change to the account or its grants (migration …_notify_accounts).
describe.each(testBackends())("the session's account, kept per instance until it changes (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let listener: DatabaseListener;
  let loads = 0;
  let accounts: ReturnType<typeof accountsKeptIn>;
  const claimOf = async (username: string) => {
    const row = await t.prisma.user.findUniqueOrThrow({
      where: { username },
      select: { id: true, sessionVersion: true },
    });
    return { userId: row.id, sessionVersion: row.sessionVersion };
  };
  const check = (claim: { userId: string; sessionVersion: number }) =>
    findSessionUser(t.prisma, claim, accounts);

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    const listened = await listenedCache(t);
    listener = listened.listener;
    const { cache } = listened;
    accounts = accountsKeptIn(cache, (userId) => {
      loads += 1;
      return loadSessionAccount(t.prisma)(userId);
    });
  });
  afterAll(async () => {
    await listener.close();
    await t.close();
  });

  it("reads an account once for many requests, and refuses its sessions once they are ended", async () => {
    const claim = await claimOf("thuky.vhxh");
    const before = loads;
    const users = await Promise.all([check(claim), check(claim), check(claim)]);
    expect(users.map((user) => user?.username)).toEqual(["thuky.vhxh", "thuky.vhxh", "thuky.vhxh"]);
    expect(loads - before).toBe(1);
    await endSessions(t.prisma, claim.userId);
    await expect.poll(() => check(claim), { timeout: 5_000 }).toBeNull();
    expect(loads - before).toBe(2);
  });

  it("refuses the session of an account created and then deactivated through the app once announced", async () => {
    const admin = demo.user("admin.yenbai");
    await createAccount(
      t.prisma,
      admin,
      createAccountSchema.parse({
        username: "xem.thu.bo.nho",
        displayName: "Người xem thử",
        grants: JSON.stringify([{ kind: "VIEWER", blocId: demo.ktkt.id }]),
      }),
    );
    const claim = await claimOf("xem.thu.bo.nho");
    expect((await check(claim))?.grants.map((grant) => grant.kind)).toEqual(["VIEWER"]);
    await setAccountActive(
      t.prisma,
      admin,
      setAccountActiveSchema.parse({ userId: claim.userId, active: "false" }),
    );
    await expect.poll(() => check(claim), { timeout: 5_000 }).toBeNull();
  });

  it("refuses a session once a grant row alone changes, and gives the next one the grants as they are now", async () => {
    const claim = await claimOf("thuky.ktkt");
    expect((await check(claim))?.grants.map((grant) => grant.blocId)).toEqual([demo.ktkt.id]);
    // The user_grants migration's trigger raises the session version of the grant's holder.
    await t.prisma.grant.updateMany({ where: { userId: claim.userId }, data: { blocId: demo.vhxh.id } });
    await expect.poll(() => check(claim), { timeout: 5_000 }).toBeNull();
    const next = await claimOf("thuky.ktkt");
    expect((await check(next))?.grants.map((grant) => grant.blocId)).toEqual([demo.vhxh.id]);
  });
});
