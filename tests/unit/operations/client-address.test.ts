import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import { requestAddress } from "@/server/auth/request-address";
import { trustedProxyHops } from "@/server/http/trusted-proxy";

afterEach(() => vi.unstubAllEnvs());

/** The request headers the proxy hands on to pages and routes (Next's override protocol). */
function forwardedHeaders(headers: Record<string, string>): Record<string, string> {
  const response = proxy(new NextRequest("http://127.0.0.1:3000/api/auth/callback/credentials", { headers }));
  const names = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
  return Object.fromEntries(
    names.map((name) => [name, response.headers.get(`x-middleware-request-${name}`)!]),
  );
}

describe("a forged X-Forwarded-For", () => {
  it("is dropped without a trusted proxy, so Next puts the connection's address in its place", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "");
    const passed = forwardedHeaders({ "x-forwarded-for": "203.0.113.77", "user-agent": "ua" });
    expect(passed).not.toHaveProperty("x-forwarded-for");
    expect(passed).toMatchObject({ "user-agent": "ua" });
  });

  it("is passed on when a proxy in front is trusted", () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    expect(forwardedHeaders({ "x-forwarded-for": "198.51.100.1, 203.0.113.9" })).toMatchObject({
      "x-forwarded-for": "198.51.100.1, 203.0.113.9",
    });
  });
});

describe("requestAddress", () => {
  it.each([
    // No trusted proxy: Next's single entry (the connection).
    [0, { "x-forwarded-for": "127.0.0.1" }, "127.0.0.1"],
    [0, {}, "unknown"],
    // One proxy appends the address it saw last; the forged part before it is ignored.
    [1, { "x-forwarded-for": "203.0.113.9" }, "203.0.113.9"],
    [1, { "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, "203.0.113.9"],
    [1, { "x-forwarded-for": ["6.6.6.6", "203.0.113.9 "] }, "203.0.113.9"],
    [1, { "x-forwarded-for": " , " }, "unknown"],
    // A CDN in front of a load balancer: the client is second from the end.
    [2, { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }, "203.0.113.9"],
    [2, { "x-forwarded-for": "10.0.0.2" }, "10.0.0.2"],
  ])("with %i trusted proxies takes the client from %j", (hops, headers, address) => {
    expect(requestAddress(headers, hops)).toBe(address);
  });
});

describe("trustedProxyHops", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    ["0", 0],
    ["1", 1],
    [" 2 ", 2],
    ["true", 0],
    ["-1", 0],
    ["1.5", 0],
  ])("TRUSTED_PROXY_HOPS=%j → %i", (value, hops) => {
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: value })).toBe(hops);
  });
});
