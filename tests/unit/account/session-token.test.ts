import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { sessionTokenCodec } from "@/server/auth/session-token";

const secret = "a-test-secret-of-some-length";
const token = { sub: "user-1", name: "Nguyễn Văn Á", sessionVersion: 3 };

describe("the session token codec", () => {
  it("reads tokens next-auth issued, and next-auth reads its tokens", async () => {
    const fromNextAuth = await encode({ token, secret, maxAge: 600 });
    expect(await sessionTokenCodec.decode({ token: fromNextAuth, secret })).toMatchObject(token);

    const ours = await sessionTokenCodec.encode({ token, secret, maxAge: 600 });
    const read = await decode({ token: ours, secret });
    expect(read).toMatchObject(token);
    // Issued now, for maxAge seconds, with an id of its own.
    expect(read?.exp).toBe((read?.iat as number) + 600);
    expect(Math.abs((read?.iat as number) - Date.now() / 1000)).toBeLessThan(5);
    expect(read?.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a salted token apart from a session token, as next-auth does", async () => {
    const salted = await encode({ token, secret, salt: "other", maxAge: 600 });
    expect(await sessionTokenCodec.decode({ token: salted, secret, salt: "other" })).toMatchObject(token);
    await expect(sessionTokenCodec.decode({ token: salted, secret })).rejects.toThrow();
  });

  it("refuses a token of another secret, a changed token and an expired one", async () => {
    const ours = await sessionTokenCodec.encode({ token, secret, maxAge: 600 });
    await expect(sessionTokenCodec.decode({ token: ours, secret: "another-secret" })).rejects.toThrow();
    const changed = `${ours.slice(0, -6)}${ours.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    await expect(sessionTokenCodec.decode({ token: changed, secret })).rejects.toThrow();
    const expired = await encode({ token, secret, maxAge: -60 });
    await expect(sessionTokenCodec.decode({ token: expired, secret })).rejects.toThrow();
  });

  it("reads no token as no session", async () => {
    expect(await sessionTokenCodec.decode({ token: undefined, secret })).toBeNull();
  });
});
