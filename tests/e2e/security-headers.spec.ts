import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";
const YEAR_TABS = "Các mục của năm thi đua";

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "x-frame-options": "DENY",
  });
  // Served over plain http here: no HSTS, no upgrade of every asset to https.
  expect(headers).not.toHaveProperty("strict-transport-security");
  expect(csp).not.toContain("upgrade-insecure-requests");
}

/** Collects every CSP violation the page reports, as an event or a console error, on every navigation. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation(violation: string): void })
        .reportCspViolation;
      report(`${event.violatedDirective} ${event.blockedURI} at ${location.pathname}`);
    }),
  );
  return violations;
}

async function openYear(page: Page, bloc: string, year: number): Promise<string> {
  await page.goto("/khoi");
  await page
    .getByRole("listitem")
    .filter({ hasText: bloc })
    .getByRole("link", { name: new RegExp(`Năm ${year}`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${year}$`));
  return new URL(page.url()).pathname;
}

test("pages, route handlers and the public page carry the security headers", async ({ request, page }) => {
  expectSecurityHeaders(await request.get("/dang-nhap"));
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ ok: true, database: "up", pendingMigrations: [] });
  expectSecurityHeaders(health);

  await signIn(page, "thuky.ktkt");
  const yearPath = await openYear(page, KTKT, 2024);
  const publicPage = await request.get(yearPath.replace("/khoi/", "/ket-qua/"));
  expect(publicPage.status()).toBe(404);
  expectSecurityHeaders(publicPage);

  const overHttps = await request.get("/dang-nhap", { headers: { "X-Forwarded-Proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(overHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("each response has its own nonce, and Next's scripts carry it", async ({ request }) => {
  const [first, second] = await Promise.all([request.get("/dang-nhap"), request.get("/dang-nhap")]);
  const nonceOf = (response: APIResponse) =>
    /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonceOf(first)).not.toBe(nonceOf(second));
  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonceOf(first)}"`);
});

test("bad requests are answered 4xx, never 500", async ({ request }) => {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const uploads = [
    "/khoi/x/2024/nhiem-vu/nhap-excel/tai-len",
    "/khoi/x/2024/giao-uoc/tep",
    "/quan-tri/don-vi/nhap-excel/tai-len",
    "/api/minh-chung/nhiem-vu/x",
    "/api/minh-chung/diem/x",
  ];
  for (const upload of uploads) {
    const refused = await request.post(upload, { headers: { Origin: "null" }, multipart: { file: "x" } });
    expect(refused.status(), upload).toBe(403);
  }
  const oversizedAction = await request.post("/khoi", {
    headers: { Origin: origin, "Next-Action": "0123456789abcdef", "Content-Type": "text/plain" },
    data: "x".repeat(1024 * 1024 + 1),
  });
  expect(oversizedAction.status()).toBe(413);
  const crossSiteAction = await request.post("/khoi", {
    headers: { Origin: "https://evil.example", "Next-Action": "0123456789abcdef" },
    data: "[]",
  });
  expect(crossSiteAction.status()).toBe(403);
  const controlCharacter = await request.get("/khoi/a%00b/2024");
  expect(controlCharacter.status()).toBe(404);
  expectSecurityHeaders(controlCharacter);
});

test("the main pages load with no CSP violation", async ({ page, browser }) => {
  test.slow(); // a dozen pages, a publication and the conference screen
  const violations = await watchCsp(page);
  await page.goto("/dang-nhap");
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  await page.goto("/khong-co-trang-nay");
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();

  // The public page needs a published year: KTKT 2023, which awards.spec publishes when the whole
  // suite runs (no later spec writes to it); run alone, this spec publishes it.
  await signIn(page, "thuky.ktkt");
  const path2023 = await openYear(page, KTKT, 2023);
  await page.getByRole("navigation", { name: YEAR_TABS }).getByRole("link", { name: "Công bố" }).click();
  const publications = page.getByRole("heading", { name: /Các bản đã công bố/ });
  if ((await publications.textContent())?.includes("(0)")) {
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Công bố kết quả" }).click();
  }
  await expect(publications).not.toHaveText(/\(0\)/);
  const visitor = await browser.newPage();
  const visitorViolations = await watchCsp(visitor);
  await visitor.goto(path2023.replace("/khoi/", "/ket-qua/"));
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(KTKT);
  expect(visitorViolations).toEqual([]);
  await visitor.close();

  const yearPath = await openYear(page, KTKT, 2024);
  const tabs = page.getByRole("navigation", { name: YEAR_TABS }).getByRole("link");
  const tabPaths = await tabs.evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(tabPaths.length).toBeGreaterThan(5);
  for (const tabPath of tabPaths) {
    await page.goto(tabPath);
    await expect(page.getByRole("navigation", { name: YEAR_TABS })).toBeVisible();
  }
  await page.goto(yearPath);
  await page.getByRole("link", { name: "Màn hình hội nghị" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cập nhật trực tiếp" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("ranking-row")).toHaveCount(8);
  expect(violations).toEqual([]);
});

test("the province administration's pages load with no CSP violation", async ({ page }) => {
  const violations = await watchCsp(page);
  await signIn(page, "admin.yenbai");
  await page.getByRole("banner").getByRole("link", { name: "Quản trị" }).click();
  await expect(page.getByRole("heading", { name: "Cơ quan, đơn vị", level: 1 })).toBeVisible();
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Lịch sử" })).toBeVisible();
  await page.goto("/quan-tri/don-vi/nhap-excel");
  await expect(page.getByRole("button", { name: "Tải lên và nhập" })).toBeVisible();
  await page.goto("/quan-tri/khoi");
  await page.getByRole("link", { name: KTKT }).click();
  await expect(page.getByRole("heading", { name: KTKT, level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
  await page.context().clearCookies();

  // Anyone else is told the area is not theirs, and the header offers no link to it.
  await signIn(page, "thuky.ktkt");
  await expect(page.getByRole("banner").getByRole("link", { name: "Quản trị" })).toHaveCount(0);
  await page.goto("/quan-tri/don-vi");
  await expect(page.getByText("Trang quản trị chỉ dành cho quản trị viên tỉnh.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});
