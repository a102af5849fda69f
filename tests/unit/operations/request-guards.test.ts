import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, refuseBadRequest } from "@/server/http/request-guards";

const HOST = "thidua.example.vn";
const TASK_UPLOAD = "/khoi/bloc-1/2024/nhiem-vu/nhap-excel/tai-len";
const PLEDGE_UPLOAD = "/khoi/bloc-1/2024/giao-uoc/tep";
const PAGE = "/khoi/bloc-1/2024/nhiem-vu";

const request = (method: string, pathname: string, headers: Record<string, string> = {}) =>
  refuseBadRequest({ method, pathname, headers: new Headers({ host: HOST, ...headers }) });

const action = (headers: Record<string, string>) =>
  request("POST", PAGE, { "next-action": "abc123", origin: `https://${HOST}`, ...headers });

describe("requests the proxy refuses itself", () => {
  it.each([
    ["a NUL in the path", request("GET", "/khoi/a%00b"), 404],
    ["a control character, decoded", request("GET", "/ket-qua/a\u0007b/2024"), 404],
    ["a broken percent-encoding", request("GET", "/khoi/%E0%A4%A/2024/xep-hang"), 404],
    ["a lone percent sign", request("GET", "/khoi/%/2024"), 404],
    ["Origin: null on the task upload", request("POST", TASK_UPLOAD, { origin: "null" }), 403],
    ["Origin: null on the pledge upload", request("POST", PLEDGE_UPLOAD, { origin: "null" }), 403],
    ["an unparsable Origin", request("POST", PAGE, { origin: "::::" }), 403],
    ["a server action from another site", action({ origin: "https://evil.example" }), 403],
    ["an action body over 1 MB", action({ "content-length": String(ACTION_BODY_LIMIT + 1) }), 413],
    ["a chunked body of unknown length", action({ "transfer-encoding": "chunked" }), 411],
  ])("%s → %i", (_case, refusal, status) => {
    expect(refusal?.status).toBe(status);
    expect(refusal?.message).toMatch(/[ạảấầộớợờừ]/);
  });

  it.each([
    ["a page", request("GET", PAGE)],
    ["a path with Vietnamese letters, encoded", request("GET", "/khoi/%C4%91%C6%A1n-v%E1%BB%8B/2024")],
    ["a page with a cross-site Origin (a link)", request("GET", PAGE, { origin: "https://evil.example" })],
    ["an action at the limit", action({ "content-length": String(ACTION_BODY_LIMIT) })],
    ["an action through a proxy", action({ host: "10.0.0.5:3000", "x-forwarded-host": HOST })],
    ["a POST without Origin (not a browser's cross-site request)", request("POST", "/api/auth/signout")],
  ])("lets through %s", (_case, refusal) => {
    expect(refusal).toBeNull();
  });
});
