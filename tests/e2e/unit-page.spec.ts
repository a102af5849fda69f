import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

// Reads only: the seeded years and whatever earlier specs created (members.spec creates KTKT
// 2025) are left as they were, and nothing here depends on 2025 existing.
const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";
const XD = "Sở Xây dựng";
const GTVT = "Sở Giao thông vận tải";

// Ranking and unit pages compute the engine's result on request; on a busy machine that takes seconds.
const PAGE_READY = { timeout: 30_000 };

test.describe.configure({ timeout: 90_000 });

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

const yearRow = (page: Page, year: string) =>
  page
    .getByRole("table", { name: "Các năm thi đua của đơn vị và kết quả từng năm" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: year, exact: true }) });

test("the secretariat opens a unit page from the rankings and follows its predecessor", async ({ page }) => {
  await signIn(page, "thuky.ktkt");
  await page
    .getByRole("listitem")
    .filter({ hasText: KTKT })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Xếp hạng" })
    .click();
  await expect(page.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible(PAGE_READY);
  const rankingRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: XD }) });
  const rank = (await rankingRow.getByRole("cell").first().innerText()).trim();
  await rankingRow.getByRole("link", { name: "Trang đơn vị" }).click();

  await expect(page.getByRole("heading", { name: XD, level: 1 })).toBeVisible(PAGE_READY);
  await expect(yearRow(page, "2024")).toContainText(KTKT);
  await expect(yearRow(page, "2024").getByRole("link", { name: `${rank}/8` })).toBeVisible();
  const lineage = page.getByRole("region", { name: "Đơn vị tiền thân và kế thừa" });
  await expect(lineage).toContainText("Hợp nhất vào đơn vị này từ ngày 01/03/2025");
  await expectNoSeriousAxeViolations(page);

  await lineage.getByRole("link", { name: GTVT }).click();
  await expect(page.getByRole("heading", { name: GTVT, level: 1 })).toBeVisible(PAGE_READY);
  await expect(page.getByText(`Đơn vị đã hợp nhất vào ${XD} từ ngày 01/03/2025.`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Tên qua các thời kỳ" })).toContainText(
    "01/01/2016 – 28/02/2025",
  );
  await expect(yearRow(page, "2023")).toContainText(KTKT);
  await expect(yearRow(page, "2024")).toContainText(/\d+\/8/);
  const successors = page.getByRole("region", { name: "Đơn vị tiền thân và kế thừa" });
  await expect(successors).toContainText("Tiếp nhận đơn vị này từ ngày 01/03/2025");
  await expectNoSeriousAxeViolations(page);

  await successors.getByRole("link", { name: XD }).click();
  await expect(page.getByRole("heading", { name: XD, level: 1 })).toBeVisible(PAGE_READY);
});

test("another bloc's secretariat asking for that unit page gets a 404, as for a made-up id", async ({
  page,
  browser,
}) => {
  await signIn(page, "thuky.ktkt");
  await page
    .getByRole("listitem")
    .filter({ hasText: KTKT })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Thành viên & vai trò" })
    .click();
  const href = await page.getByRole("link", { name: XD, exact: true }).first().getAttribute("href");
  expect(href).toMatch(/^\/don-vi\/[a-z0-9]+$/);
  const unitPage = href ?? "";
  expect((await page.request.get(unitPage)).status()).toBe(200);
  expect((await page.request.get("/don-vi/khong-co")).status()).toBe(404);

  const other = await (await browser.newContext()).newPage();
  await signIn(other, "thuky.vhxh");
  const response = await other.request.get(unitPage);
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain(XD);
  await other.goto(unitPage);
  await expect(other.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible(PAGE_READY);
  await other.context().close();
});
