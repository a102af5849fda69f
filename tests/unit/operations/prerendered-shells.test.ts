import { describe, expect, it } from "vitest";
import { inlineScriptHashes, shellFor, wantsDocument } from "@/server/http/prerendered-shells";
import { contentSecurityPolicy } from "@/server/http/security-headers";

describe("which addresses a prerendered shell serves", () => {
  it.each([
    ["/khoi/cm123/2024/xep-hang", "/khung/xep-hang"],
    ["/khoi/cm123/2024/xep-hang/", "/khung/xep-hang"],
    ["/khung/xep-hang", "/khung/xep-hang"],
    ["/khung/tai-lieu/xep-hang", "/khung/xep-hang"],
    ["/khoi/cm123/2024/xep-hang/cm456", null],
    ["/khoi/cm123/24/xep-hang", null],
    ["/khoi/cm123/2024", null],
    ["/khoi/cm123/2024/cham-diem", null],
    ["/api/xep-hang/cm123/2024", null],
  ])("%s → %s", (pathname, shell) => {
    expect(shellFor(pathname)?.page ?? null).toBe(shell);
  });
});

describe("which requests get a shell's document and which its page (client navigations)", () => {
  const browserPageLoad = {
    "sec-fetch-dest": "document",
    accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  };
  it.each([
    ["a page load, reload or new tab", browserPageLoad, true],
    ["the router's RSC fetch (as Chromium sends it)", { "sec-fetch-dest": "empty", accept: "*/*" }, false],
    ["a page load from a browser without Sec-Fetch-Dest", { accept: "text/html,*/*;q=0.8" }, true],
    ["an RSC fetch from a browser without Sec-Fetch-Dest", { accept: "*/*" }, false],
    ["a frame, which the policy forbids anyway", { "sec-fetch-dest": "iframe", accept: "text/html" }, false],
    ["a request saying nothing", {}, false],
  ])("%s → document: %s", (_what, headers, document) => {
    expect(wantsDocument(new Headers(headers))).toBe(document);
  });
});

describe("the hashes of a document's inline scripts", () => {
  it("hashes each inline script's body as CSP wants it, in order, and leaves scripts with a src", () => {
    const html =
      '<html><head><script src="/_next/static/a.js" async=""></script></head>' +
      '<body><script>alert(1)</script><script id="x" type="text/javascript"></script></body></html>';
    // openssl dgst -sha256 -binary | base64, of "alert(1)" and of nothing.
    expect(inlineScriptHashes(html)).toEqual([
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
    ]);
  });
});

describe("the policy's script sources", () => {
  const scriptSrc = (policy: string) => policy.split("; ").find((part) => part.startsWith("script-src"));

  it("allows a rendered page's scripts by this request's nonce, and what they load", () => {
    const policy = contentSecurityPolicy({ scripts: { nonce: "abc" }, https: false, development: false });
    expect(scriptSrc(policy)).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
  });

  it("allows a shell's inline scripts only by hash and its chunks by origin, with no nonce", () => {
    const policy = contentSecurityPolicy({
      scripts: { hashes: ["'sha256-a'", "'sha256-b'"] },
      https: true,
      development: false,
    });
    expect(scriptSrc(policy)).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
    expect(scriptSrc(policy)).not.toContain("unsafe-inline");
    expect(policy).toContain("upgrade-insecure-requests");
  });
});
