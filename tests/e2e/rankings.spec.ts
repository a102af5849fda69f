import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";
const TNMT = "Sở Tài nguyên và Môi trường";

// Each journey signs in twice (secretariat, then leader) and runs axe: longer than the default budget.
test.describe.configure({ timeout: 90_000 });

// Ranking pages compute the engine's result on request; on a busy machine that can take seconds.
const PAGE_READY = { timeout: 30_000 };

async function openKtkt2024(page: Page) {
  await page
    .getByRole("listitem")
    .filter({ hasText: KTKT })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await expect(page.getByRole("heading", { name: KTKT, level: 1 })).toBeVisible();
}

/** As the bloc secretariat, sets whether members see each other's provisional scores; returns the previous setting. */
async function setMembersSeeProvisional(page: Page, visible: boolean): Promise<boolean> {
  await signIn(page, "thuky.ktkt");
  await openKtkt2024(page);
  const settings = page.getByRole("region", { name: "Cài đặt năm thi đua" });
  const allowed = settings.getByText(/Các đơn vị thành viên được xem/);
  const wasVisible = await allowed.isVisible();
  if (wasVisible !== visible) {
    await settings.getByRole("button", { name: visible ? "Cho phép xem" : "Không cho xem" }).click();
    await expect(
      settings.getByText(visible ? /Các đơn vị thành viên được xem/ : /Các đơn vị thành viên không được xem/),
    ).toBeVisible();
  }
  await page.context().clearCookies();
  return wasVisible;
}

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    serious.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

test("a leader sees only their unit while scores are not shared, its explanation, and a what-if that saves nothing", async ({
  page,
}) => {
  const previous = await setMembersSeeProvisional(page, false);
  await signIn(page, "lanhdao.tnmt");
  await openKtkt2024(page);
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Xếp hạng" })
    .click();

  await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible(PAGE_READY);
  await expect(page.getByText("Kết quả tạm tính", { exact: true })).toBeVisible();
  await expect(page.getByText(/chỉ xem được kết quả của đơn vị mình/)).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole("rowheader")).toContainText(TNMT);
  await expectNoSeriousAxeViolations(page);

  await rows.nth(1).getByRole("link", { name: TNMT }).click();
  await expect(page.getByRole("heading", { name: TNMT, level: 2 })).toBeVisible(PAGE_READY);
  await expect(page.getByRole("heading", { name: "Điểm từng phần" })).toBeVisible();
  await expect(page.getByText(/^Tổng: .* = [\d.]+,\d\d điểm$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /Nhiệm vụ của đơn vị \(\d+\)/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const whatIf = page.getByRole("region", { name: /Tính thử/ });
  await expect(whatIf.getByText("Chỉ tính thử: không có gì được lưu.")).toBeVisible();
  const firstTask = whatIf.getByRole("checkbox").first();
  await firstTask.check();
  await whatIf.getByRole("combobox").first().selectOption({ label: "Không hoàn thành" });
  await whatIf.getByRole("button", { name: "Tính thử" }).click();
  const result = whatIf.getByRole("status");
  await expect(result.getByRole("heading", { name: "Kết quả tính thử" })).toBeVisible(PAGE_READY);
  await expect(result).toContainText(`Hạng của ${TNMT}:`);
  await expect(result).toContainText(/tổng điểm [\d.]+,\d\d → [\d.]+,\d\d/);

  const tasksTable = page.getByRole("region", { name: /Nhiệm vụ của đơn vị/ }).getByRole("table");
  const tasksBefore = await tasksTable.innerText();
  await page.reload();
  await expect(page.getByRole("heading", { name: TNMT, level: 2 })).toBeVisible(PAGE_READY);
  expect(await tasksTable.innerText()).toBe(tasksBefore);
  await page.context().clearCookies();
  await setMembersSeeProvisional(page, previous);
});

test("once scores are shared, a leader sees every unit, the rule between neighbours and the bloc median", async ({
  page,
}) => {
  const previous = await setMembersSeeProvisional(page, true);
  await signIn(page, "lanhdao.tnmt");
  await openKtkt2024(page);
  await page.getByRole("link", { name: "Xếp hạng" }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(9, PAGE_READY);
  await expect(page.getByRole("heading", { name: "Căn cứ phân định thứ hạng" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: TNMT }).click();
  await expect(page.getByRole("columnheader", { name: "Trung vị khối" })).toBeVisible(PAGE_READY);
  await expect(page.getByText("Với đơn vị liền trên", { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.context().clearCookies();
  await setMembersSeeProvisional(page, previous);
});

test("the secretariat follows the bloc and one unit across the years, as a chart and as a table", async ({
  page,
}) => {
  await signIn(page, "thuky.ktkt");
  await openKtkt2024(page);
  await page.getByRole("link", { name: "Xếp hạng" }).click();
  await page.getByRole("link", { name: "Xu hướng qua các năm →" }).click();

  await expect(page.getByRole("heading", { name: "Xu hướng kết quả qua các năm", level: 1 })).toBeVisible(
    PAGE_READY,
  );
  await expect(
    page.getByText("Kết quả của khối theo năm (% điểm tối đa): cao nhất, trung vị và thấp nhất"),
  ).toBeVisible();
  await expect(page.locator(".recharts-line").first()).toBeVisible();
  const blocTable = page.getByRole("table", { name: /Kết quả của khối theo năm/ });
  // Earlier specs may have created 2025 through "Tạo năm": the seeded years come first.
  await expect(blocTable.getByRole("rowheader").nth(0)).toHaveText("2023");
  await expect(blocTable.getByRole("rowheader").nth(1)).toHaveText("2024");

  await page
    .getByRole("table", { name: /Kết quả từng đơn vị theo năm/ })
    .getByRole("link", { name: TNMT })
    .click();
  await expect(page.getByRole("heading", { name: `Xu hướng của ${TNMT}`, level: 1 })).toBeVisible(PAGE_READY);
  const unitTable = page.getByRole("table", { name: "Kết quả của đơn vị theo năm" });
  const yearRow = (year: string) =>
    unitTable.getByRole("row").filter({ has: page.getByRole("rowheader", { name: year, exact: true }) });
  await expect(yearRow("2023")).toBeVisible();
  await expect(yearRow("2024")).toContainText(TNMT);
  await expectNoSeriousAxeViolations(page);
});

test("when its figures cannot be fetched, the rankings page says so and tries again on request", async ({
  page,
}) => {
  await signIn(page, "thuky.ktkt");
  await openKtkt2024(page);
  const year = new URL(page.url()).pathname;
  // The server is down for the page's data request only (the document itself loads).
  await page.route("**/api/xep-hang/**", (route) => route.fulfill({ status: 502, body: "Bad Gateway" }));
  await page.goto(`${year}/xep-hang`);
  await expect(page.getByRole("heading", { name: "Không tải được bảng xếp hạng" })).toBeVisible(PAGE_READY);
  await expect(page.getByRole("alert").filter({ hasText: "Máy chủ không trả lời" })).toContainText(
    "Dữ liệu của bạn không bị ảnh hưởng",
  );
  await expect(page.getByRole("link", { name: "ThiĐua" })).toBeVisible();
  await page.unroute("**/api/xep-hang/**");
  await page.getByRole("button", { name: "Thử lại" }).click();
  await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible(PAGE_READY);
  await expect(page.getByRole("table")).toBeVisible();
});

test("moving to the rankings tab keeps the page's frame while it loads, and Back returns to the same place", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "thuky.ktkt");
  await openKtkt2024(page);
  // A client navigation keeps this document (and this mark); a full page load would drop it.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  let releaseData = () => {};
  const dataHeld = new Promise<void>((resolve) => (releaseData = resolve));
  await page.route("**/api/xep-hang/**", async (route) => {
    await dataHeld;
    await route.continue();
  });
  await page.getByRole("link", { name: "Xếp hạng", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đang tính bảng xếp hạng…" })).toBeVisible(
    PAGE_READY,
  );
  // While the figures load, the header, the year and its tabs stay where they were.
  await expect(page.getByRole("heading", { name: KTKT, level: 1 })).toBeVisible();
  await expect(page.getByText("Trần Văn Bình", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Xếp hạng", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  releaseData();
  await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible(PAGE_READY);
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  await page.unroute("**/api/xep-hang/**");

  // Back to the tab while the server does not answer: the table seen before, marked as maybe old.
  await page.getByRole("link", { name: "Nhiệm vụ", exact: true }).click();
  await expect(page.getByRole("link", { name: "Nhiệm vụ", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.route("**/api/xep-hang/**", (route) => route.fulfill({ status: 502, body: "Bad Gateway" }));
  await page.getByRole("link", { name: "Xếp hạng", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "bảng dưới đây là lần xem trước" })).toBeVisible(
    PAGE_READY,
  );
  await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible();
  await page.unroute("**/api/xep-hang/**");
  await page.getByRole("button", { name: "Thử lại" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "bảng dưới đây là lần xem trước" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible();

  // Far down the list, into a unit's page and back: the reader is where they were.
  const lastUnitLink = page.getByRole("link", { name: "Trang đơn vị" }).filter({ visible: true }).last();
  await lastUnitLink.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(300);
  await lastUnitLink.click();
  await expect(page).not.toHaveURL(/\/xep-hang$/);
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible(PAGE_READY);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
});

test("on a tablet held upright and printed on A4 portrait, the rankings table keeps every column in view", async ({
  page,
}) => {
  await signIn(page, "thuky.ktkt");
  await openKtkt2024(page);
  await page.getByRole("link", { name: "Xếp hạng", exact: true }).click();
  await expect(page.getByRole("table")).toBeVisible(PAGE_READY);
  const table = page.getByRole("table");
  const fitsItsBox = () =>
    table.evaluate((element) => element.scrollWidth <= (element.parentElement?.clientWidth ?? 0));
  // A tablet held upright: the table, every column in view without a hidden sideways scroll.
  await page.setViewportSize({ width: 768, height: 1024 });
  await expect(table).toBeVisible();
  expect(await fitsItsBox()).toBe(true);
  // A4 portrait's printable width at Chromium's default margins: about 718 CSS pixels.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 718, height: 1000 });
  await expect(table.getByRole("columnheader", { name: "Ứng viên theo quy chế" })).toBeVisible();
  const fits = await table.evaluate(
    (element) => element.scrollWidth <= (element.parentElement?.clientWidth ?? 0),
  );
  expect(fits).toBe(true);
  await expect(page.getByRole("navigation", { name: "Các mục của năm thi đua" })).toBeHidden();
});
