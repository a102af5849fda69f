import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { formatPoints, formatShare } from "../../src/domain/format";
import { signIn } from "./sign-in";

const BLOC = "Khối thi đua các cơ quan kinh tế – kỹ thuật";

// Two signed-in people and a full reveal take longer than the default 30 s.
test.describe.configure({ timeout: 90_000 });

/** Signs in and opens KTKT 2024's overview; returns its path (/khoi/<blocId>/2024). */
async function openYear(page: Page, username: string): Promise<string> {
  await signIn(page, username);
  await page
    .getByRole("listitem")
    .filter({ hasText: BLOC })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await expect(page).toHaveURL(/\/2024$/);
  return new URL(page.url()).pathname;
}

/** From the year's overview, opens its conference screen and waits for it to go live. */
async function showConferenceScreen(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Màn hình hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: BLOC })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Cập nhật trực tiếp" })).toBeVisible();
}

async function openConference(page: Page, username: string): Promise<string> {
  const yearPath = await openYear(page, username);
  await showConferenceScreen(page);
  return yearPath;
}

/**
 * The screen's citations are the proposals recorded, never the engine's candidates: proposes the
 * first candidate unless the year already has a proposal (awards.spec records one when it runs first).
 */
async function recordAProposal(page: Page, yearPath: string): Promise<void> {
  await page.goto(`${yearPath}/khen-thuong`);
  const heading = page.getByRole("heading", { name: /^Đề nghị khen thưởng \(\d+\)$/ });
  await expect(heading).toBeVisible();
  if ((await heading.textContent()) !== "Đề nghị khen thưởng (0)") return;
  await page
    .getByRole("button", { name: /^Đề nghị .+ cho / })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Đề nghị khen thưởng (1)" })).toBeVisible();
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** "97,50" → 9750 centipoints. */
const centipoints = (text: string) =>
  Math.round(Number(text.trim().replace(/\./g, "").replace(",", ".")) * 100);

test("the reveal steps from the last rank to the first, with a citation card at each proposal", async ({
  page,
}) => {
  const yearPath = await openYear(page, "thuky.ktkt");
  await recordAProposal(page, yearPath);
  await page.goto(yearPath);
  await showConferenceScreen(page);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: /Thành viên và ký kết giao ước/ })).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(page.getByRole("heading", { name: "Kết quả xếp hạng năm 2024" })).toBeVisible();
  // Each row header holds the unit's name, then "★ award, award" when it is proposed for awards.
  const ranked = await page
    .getByTestId("ranking-row")
    .getByRole("rowheader")
    .evaluateAll((cells) =>
      cells.map((cell) => ({
        name: cell.querySelector("[data-testid=unit-name]")?.textContent ?? "",
        awards:
          cell.querySelector("[data-testid=unit-awards]")?.textContent?.replace("★ ", "").split(", ") ?? [],
      })),
    );
  expect(ranked).toHaveLength(8);
  expect(ranked.flatMap((row) => row.awards).length).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Công bố từng hạng" }).click();
  await expect(page.getByTestId("hidden-row")).toHaveCount(8);
  const status = page.getByRole("status").filter({ hasText: /công bố/ });
  const card = page.getByRole("article");
  for (const [index, row] of [...ranked].reverse().entries()) {
    await page.keyboard.press("PageDown");
    await expect(status).toHaveText(`Đã công bố ${index + 1}/${ranked.length} thứ hạng: ${row.name}.`);
    await expect(page.getByTestId("hidden-row")).toHaveCount(ranked.length - index - 1);
    await expect(card).toHaveCount(0);
    for (const award of row.awards) {
      await page.keyboard.press("Space");
      await expect(card.getByRole("heading", { name: award })).toBeVisible();
      await expect(card).toContainText(row.name);
    }
  }
  await expect(page.getByTestId("ranking-row").first()).toContainText(ranked[0]?.name ?? "-");

  // Back with the clicker's PageUp, past the first rank's citation cards: rank 1 is hidden again.
  for (let step = 0; step <= (ranked[0]?.awards.length ?? 0); step++) await page.keyboard.press("PageUp");
  await expect(page.getByTestId("hidden-row")).toHaveCount(1);
});

test("a score saved in one browser appears on the conference screen of another within 1 s", async ({
  browser,
}) => {
  const screen = await newPage(browser);
  await openConference(screen, "admin.yenbai");
  await screen.keyboard.press("ArrowRight");
  await screen.keyboard.press("ArrowRight");
  const unit = "Sở Nông nghiệp và Phát triển nông thôn";
  const total = screen.getByTestId("ranking-row").filter({ hasText: unit }).getByRole("cell").nth(1);
  const before = centipoints(await total.innerText());

  const secretary = await newPage(browser);
  const yearPath = await openYear(secretary, "thuky.ktkt");
  await secretary.goto(`${yearPath}/cham-diem?giai-doan=cham-cuoi`);
  const cell = secretary.getByRole("textbox", { name: `${unit}, tiêu chí III.2` });
  await cell.fill("6,25");
  await cell.press("Enter");
  await expect(cell).toHaveAccessibleDescription("Đã lưu");

  await expect(total).toHaveText(formatPoints(before + 625), { timeout: 1_000 });
});

test("the .xlsx export of the minutes page reads back as the table the page shows", async ({ page }) => {
  const yearPath = await openYear(page, "thuky.ktkt");
  await page.goto(`${yearPath}/bien-ban`);
  await expect(
    page.getByRole("heading", { name: "Biên bản hội nghị tổng kết công tác thi đua năm 2024" }),
  ).toBeVisible();
  await expect(page.getByTestId("signature-block")).toHaveCount(3);
  const pageRows = await page
    .getByTestId("results-table")
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent?.trim() ?? "")),
    );
  expect(pageRows).toHaveLength(8);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải bảng tổng hợp (.xlsx)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  expect(sheet?.getCell("A1").value).toBe("KHỐI THI ĐUA CÁC CƠ QUAN KINH TẾ – KỸ THUẬT");
  expect(sheet?.getCell("A5").value).toBe("BẢNG TỔNG HỢP ĐIỂM VÀ XẾP HẠNG THI ĐUA NĂM 2024");
  const headerRow = 8;
  const headers = (sheet!.getRow(headerRow).values as unknown[]).slice(1);
  expect(headers.at(-1)).toBe("Căn cứ phân định khi bằng điểm");
  // The sheet holds numbers (points, a fraction for the share); the page shows them formatted.
  const sheetRows = pageRows.map((_, index) => {
    // Every column but the sheet's last, the tie-break basis, which has no column on the page.
    const row = sheet!.getRow(headerRow + 1 + index);
    const [rowNumber, rank, name, ...rest] = Array.from(
      { length: headers.length - 1 },
      (_, at) => row.getCell(at + 1).value,
    );
    const [share, classification, award] = rest.slice(-3);
    expect(rowNumber).toBe(index + 1);
    return [
      String(rank), // "3", or "đồng hạng 3" where the rank is shared: as the page writes it
      String(name),
      ...rest.slice(0, -3).map((points) => formatPoints(Math.round(Number(points) * 100))),
      formatShare(Math.round(Number(share) * 10000)),
      String(classification || "—"),
      String(award || "—"),
    ];
  });
  expect(sheetRows).toEqual(pageRows);
});

test("the conference screen has no serious or critical accessibility violations", async ({ page }) => {
  await openConference(page, "thuky.ktkt");
  for (let slide = 0; slide < 5; slide++) {
    // Legacy mode runs axe in the page itself (the screen has no frames): the default mode opens
    // an extra page for every run, which a loaded e2e machine cannot do five times in time.
    const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
    const severe = results.violations.filter(
      (violation) => violation.impact === "serious" || violation.impact === "critical",
    );
    expect(severe.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.keyboard.press("ArrowRight");
  }
});

test("a loaded screen keeps its slides and results when the network drops, says so, and recovers", async ({
  page,
}) => {
  await openConference(page, "thuky.ktkt");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const rows = page.getByTestId("ranking-row");
  await expect(rows).toHaveCount(8);
  const firstRow = (await rows.first().textContent()) ?? "";

  await page.context().setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "Mất kết nối, đang thử lại" })).toBeVisible();
  // Nothing goes blank: the slides still turn, from what the page already holds.
  await page.keyboard.press("ArrowLeft");
  await expect(rows).toHaveCount(0);
  await page.keyboard.press("ArrowRight");
  await expect(rows).toHaveCount(8);
  await expect(rows.first()).toHaveText(firstRow);

  await page.context().setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Cập nhật trực tiếp" })).toBeVisible();
  await expect(rows.first()).toHaveText(firstRow);
});

test("a year that is not published has no public results page", async ({ page }) => {
  const yearPath = await openYear(page, "thuky.ktkt");
  await page.context().clearCookies();
  await page.goto(yearPath.replace("/khoi/", "/ket-qua/"));
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
});

test("the demo's 2023 conference runs from its published snapshot: members, results, proposals, 2024 roles", async ({
  page,
}) => {
  await signIn(page, "thuky.ktkt");
  await page
    .getByRole("listitem")
    .filter({ hasText: BLOC })
    .getByRole("link", { name: /Năm 2023/ })
    .click();
  await expect(page).toHaveURL(/\/2023$/);
  await page.getByRole("link", { name: "Màn hình hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: BLOC })).toBeVisible();
  // awards.spec may have published a correction first: the number is not the point here.
  await expect(page.getByText(/Kết quả công bố lần \d+, ngày/).first()).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: /Thành viên và ký kết giao ước/ })).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(page.getByRole("heading", { name: "Kết quả xếp hạng năm 2023" })).toBeVisible();
  await expect(page.getByTestId("ranking-row")).toHaveCount(8);
  await expect(page.getByTestId("ranking-row").first()).toContainText("Sở Tài nguyên và Môi trường");
  await page.keyboard.press("PageDown");
  await expect(page.getByText("Cờ thi đua của Ủy ban nhân dân tỉnh").first()).toBeVisible();
  await page.keyboard.press("PageDown");
  await expect(page.getByRole("heading", { name: "Trưởng khối, phó trưởng khối năm 2024" })).toBeVisible();
  await expect(page.getByRole("definition").first()).toHaveText("Sở Tài nguyên và Môi trường");
});
