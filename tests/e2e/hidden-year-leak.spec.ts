import ExcelJS from "exceljs";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";
const OWN_UNIT = "Sở Tài nguyên và Môi trường";
const MAX_URLS = 120;

// Two sign-ins, a crawl of every page, route and file of the year: a long budget.
test.describe.configure({ timeout: 300_000 });

type Figure = { name: string; total: number };

async function openYear(page: Page) {
  await page
    .getByRole("listitem")
    .filter({ hasText: KTKT })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await expect(page.getByRole("heading", { name: KTKT, level: 1 })).toBeVisible();
  return page.url();
}

/** As the secretariat: the year hidden from members (set through the UI), and every unit's total. */
async function secretariatFigures(browser: Browser): Promise<Figure[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "thuky.ktkt");
  const yearUrl = await openYear(page);
  const settings = page.getByRole("region", { name: "Cài đặt năm thi đua" });
  if (await settings.getByText(/Các đơn vị thành viên được xem/).isVisible()) {
    await settings.getByRole("button", { name: "Không cho xem" }).click();
  }
  await expect(settings.getByText(/Các đơn vị thành viên không được xem/)).toBeVisible();
  await page.goto(`${yearUrl}/xep-hang`);
  await expect(page.getByRole("table").first().getByRole("row").nth(1)).toBeVisible({ timeout: 30_000 });
  // Name and total of every row, read at once (the total is the fourth cell from the end).
  const figures = await page
    .getByRole("table")
    .first()
    .evaluate((table) =>
      [...table.querySelectorAll("tbody tr")].map((row) => {
        const cells = [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? "");
        const name = row.querySelector("th a")?.textContent?.trim() ?? "";
        const total = cells.at(-4) ?? "";
        return { name, total: Math.round(Number(total.replace(/\./g, "").replace(",", ".")) * 100) };
      }),
    );
  await context.close();
  return figures;
}

const formatted = (centipoints: number) =>
  `${Math.floor(centipoints / 100).toLocaleString("de-DE")},${String(centipoints % 100).padStart(2, "0")}`;

/** Text of one response: HTML and JSON as they are (the RSC payload included), a workbook's cells. */
async function bodyText(request: APIRequestContext, url: string): Promise<{ text: string; links: string[] }> {
  const response = await request.get(url, { maxRedirects: 0 });
  const type = response.headers()["content-type"] ?? "";
  if (type.includes("spreadsheetml")) {
    const workbook = new ExcelJS.Workbook();
    const body = await response.body();
    await workbook.xlsx.load(
      body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    );
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
    return { text: cells.join("\n"), links: [] };
  }
  if (!type.includes("html") && !type.includes("json") && !type.includes("text"))
    return { text: "", links: [] };
  const text = await response.text();
  const links = [...text.matchAll(/href="([^"#?]+)/g)].map((match) => match[1]!.replace(/&amp;/g, "&"));
  return { text, links };
}

/** The first event of the year's live stream, read in the signed-in browser. */
async function firstStreamEvent(page: Page, path: string): Promise<string> {
  return page.evaluate(async (url) => {
    const controller = new AbortController();
    const response = await fetch(url, { signal: controller.signal });
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes("data:")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    return text;
  }, path);
}

test("a leader of a hidden provisional year finds no other unit's total or rank in any page, route or file of it", async ({
  browser,
}) => {
  const figures = await secretariatFigures(browser);
  const own = figures.find((figure) => figure.name === OWN_UNIT);
  expect(own, "the secretariat sees the leader's unit").toBeDefined();
  // A total equal to the leader's own would be found next to the leader's own figures: not a leak to test.
  const others = figures.filter((figure) => figure.name !== OWN_UNIT && figure.total !== own!.total);
  expect(others.length).toBeGreaterThanOrEqual(5);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "lanhdao.tnmt");
  const yearUrl = new URL(await openYear(page));
  const yearPath = yearUrl.pathname;
  const blocPath = yearPath.replace(/\/2024$/, "");
  const blocId = blocPath.split("/").at(-1)!;
  const inYear = (path: string) =>
    path.startsWith(yearPath) ||
    path.startsWith(`${blocPath}/xu-huong`) ||
    path.startsWith("/don-vi/") ||
    path.startsWith("/api/xuat/") ||
    path.startsWith("/api/tep/") ||
    path.startsWith(`/hoi-nghi/${blocId}/2024`) ||
    path.startsWith(`/ket-qua/${blocId}/2024`);

  const queue = [
    yearPath,
    `/hoi-nghi/${blocId}/2024`,
    `/hoi-nghi/${blocId}/2024/du-lieu`,
    `/ket-qua/${blocId}/2024`,
  ];
  const seen = new Set<string>();
  const texts: { url: string; text: string }[] = [];
  while (queue.length > 0 && seen.size < MAX_URLS) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const { text, links } = await bodyText(context.request, url);
    texts.push({ url, text });
    for (const link of links) if (inYear(link) && !seen.has(link)) queue.push(link);
  }
  // Every tab of the year, the export and the conference data were reached.
  for (const tab of [
    "xep-hang",
    "bang-diem",
    "khen-thuong",
    "bien-ban",
    "nhiem-vu",
    "thanh-vien",
    "giao-uoc",
  ])
    expect(
      [...seen].some((url) => url.startsWith(`${yearPath}/${tab}`)),
      tab,
    ).toBe(true);
  const exportUrl = [...seen].find((url) => url.startsWith("/api/xuat/"));
  expect(exportUrl, "the year's .xlsx export").toBeDefined();
  const blocYearId = exportUrl!.split("/")[3]!;
  texts.push({ url: "stream", text: await firstStreamEvent(page, `/api/su-kien/${blocYearId}`) });

  const leaks: string[] = [];
  for (const { url, text } of texts) {
    for (const other of others) {
      for (let at = text.indexOf(other.name); at !== -1; at = text.indexOf(other.name, at + 1)) {
        const near = text.slice(at, at + 600);
        if (near.includes(formatted(other.total)) || new RegExp(`"total":${other.total}\\b`).test(near))
          leaks.push(`${url}: ${other.name} ${formatted(other.total)}`);
        if (/"rank":\d/.test(near.slice(0, 200)) && !near.slice(0, 200).includes(OWN_UNIT))
          leaks.push(`${url}: a rank next to ${other.name}`);
      }
    }
  }
  expect(leaks).toEqual([]);
  await context.close();
});
