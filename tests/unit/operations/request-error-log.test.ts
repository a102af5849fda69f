import { describe, expect, it } from "vitest";
import { requestErrorLogLine } from "@/server/request-error-log";

const request = { path: "/khoi/b1/2024/cham-diem?unit=u1", method: "POST", headers: {} };
const context = {
  routerKind: "App Router",
  routePath: "/khoi/[blocId]/[year]/cham-diem",
  routeType: "action",
  revalidateReason: undefined,
} as const;

describe("requestErrorLogLine", () => {
  it("writes one JSON line with time, level, route, digest and message (no query string)", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED\nsecond line"), { digest: "2931487650" });
    const line = requestErrorLogLine(error, request, context, new Date("2026-11-29T01:02:03.000Z"));
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toMatchObject({
      time: "2026-11-29T01:02:03.000Z",
      level: "error",
      method: "POST",
      path: "/khoi/b1/2024/cham-diem",
      route: "/khoi/[blocId]/[year]/cham-diem",
      routeType: "action",
      digest: "2931487650",
      error: "Error",
      message: "connect ECONNREFUSED\nsecond line",
      stack: expect.stringContaining("request-error-log.test.ts"),
    });
  });

  it("describes a thrown non-error", () => {
    expect(JSON.parse(requestErrorLogLine("boom", request, context))).toMatchObject({ message: "boom" });
  });
});
