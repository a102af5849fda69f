import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

const BLOC = "Khối thi đua các cơ quan kinh tế – kỹ thuật";
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

/** Signs in and returns the path of KTKT's conference screen for `year`. */
async function conferencePath(page: Page, year: number): Promise<string> {
  await signIn(page, "thuky.ktkt");
  const overview = await page
    .getByRole("listitem")
    .filter({ hasText: BLOC })
    .getByRole("link", { name: new RegExp(`Năm ${year}`) })
    .getAttribute("href");
  return `${overview?.replace("/khoi/", "/hoi-nghi/")}`;
}

async function openScreen(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: BLOC })).toBeVisible();
  // The controls come alive with the page's script: only then do the presenter's keys work.
  await expect(page.getByRole("button", { name: "Tiếp theo" })).toBeEnabled();
}

type Look = {
  /** The text of every row, list item and card whose box leaves the viewport. */
  outside: string[];
  /** "Trang 3/7" or "Bước 2/11" from the footer, as numbers. */
  at: number;
  of: number;
  ranked: string[];
  members: string[];
  /** The unit the reveal has just announced, when its name is not inside the viewport. */
  announcedOffScreen: string | null;
};

/** What one slide or reveal step shows, in one round trip (the e2e machine is slow). */
function look(page: Page): Promise<Look> {
  return page.evaluate(() => {
    const inside = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    };
    const texts = (selector: string) =>
      [...document.querySelectorAll(selector)].map((element) => element.textContent ?? "");
    const [, at, of] =
      /(?:Trang|Bước) (\d+)\/(\d+)/.exec(document.querySelector("footer")?.textContent ?? "") ?? [];
    const announced = /: (.+)\.$/.exec(document.querySelector("main [role=status]")?.textContent ?? "")?.[1];
    const shown = [...document.querySelectorAll("[data-testid=unit-name]")].find(
      (element) => element.textContent === announced,
    );
    return {
      outside: [...document.querySelectorAll("main tr, main li, main dt, main dd, main article")]
        .filter((element) => !inside(element))
        .map((element) => element.textContent ?? ""),
      at: Number(at),
      of: Number(of),
      ranked: texts("[data-testid=unit-name]"),
      members: document.querySelector("[data-testid=ranking-row]") ? [] : texts("main tbody th[scope=row]"),
      announcedOffScreen: announced && !(shown && inside(shown)) ? announced : null,
    };
  });
}

test.describe("at five projector sizes", () => {
  test.describe.configure({ mode: "serial" });
  let page: Page;
  let path: string;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    path = await conferencePath(page, 2023);
  });
  test.afterAll(() => page.close());

  for (const size of SIZES) {
    test(`every slide and reveal step shows all its rows inside ${size.width}×${size.height}`, async () => {
      await page.setViewportSize(size);
      await openScreen(page, path);
      const seen = { members: new Set<string>(), ranking: new Set<string>() };
      for (let shown = await look(page); ; shown = await look(page)) {
        expect(shown.outside, `slide ${shown.at}`).toEqual([]);
        shown.ranked.forEach((name) => seen.ranking.add(name));
        shown.members.forEach((name) => seen.members.add(name));
        if (shown.at === shown.of) break;
        await page.keyboard.press("ArrowRight");
        await expect(page.getByText(new RegExp(`^Trang ${shown.at + 1}/`))).toBeVisible();
      }
      // Paging leaves no one out: every member and every ranked unit was on some page.
      expect([seen.members.size, seen.ranking.size]).toEqual([8, 8]);

      await page.getByRole("button", { name: "Công bố từng hạng" }).click();
      await expect(page.getByText(/^Bước 0\//)).toBeVisible();
      for (let shown = await look(page); ; shown = await look(page)) {
        expect(shown.outside, `step ${shown.at}`).toEqual([]);
        // The unit just announced is on screen, whatever the page it is on.
        expect(shown.announcedOffScreen, `step ${shown.at}`).toBeNull();
        if (shown.at === shown.of) break;
        await page.keyboard.press("ArrowRight");
        await expect(page.getByText(`Bước ${shown.at + 1}/${shown.of}`)).toBeVisible();
      }
    });
  }
});

type AwardLine = {
  text: string;
  lines: number;
  textOverflow: string;
  whiteSpace: string;
  rowHeight: number;
  otherRowHeights: number[];
};

/** Each award label of the ranking rows shown, with how it is laid out beside its row's neighbours. */
function awardLines(page: Page): Promise<AwardLine[]> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll("[data-testid=ranking-row]")];
    const height = (row: Element) => row.getBoundingClientRect().height;
    return rows.flatMap((row) => {
      const label = row.querySelector("[data-testid=unit-awards]");
      if (!label) return [];
      const style = getComputedStyle(label);
      return [
        {
          text: label.textContent ?? "",
          lines: Math.round(label.getBoundingClientRect().height / parseFloat(style.lineHeight)),
          textOverflow: style.textOverflow,
          whiteSpace: style.whiteSpace,
          rowHeight: height(row),
          otherRowHeights: rows.filter((other) => other !== row).map(height),
        },
      ];
    });
  });
}

test("at 4:3 the longest award name stays on one line (“…” only if wider than its column); the citation card gives it whole", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openScreen(page, await conferencePath(page, 2023));
  const labels: AwardLine[] = [];
  for (let shown = await look(page); ; shown = await look(page)) {
    labels.push(...(await awardLines(page)));
    if (shown.at === shown.of) break;
    await page.keyboard.press("ArrowRight");
    await expect(page.getByText(new RegExp(`^Trang ${shown.at + 1}/`))).toBeVisible();
  }
  const longest = labels.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const awardName = longest.text.replace(/^★ /, "");
  expect(awardName).toBe("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
  expect(longest).toMatchObject({ lines: 1, textOverflow: "ellipsis", whiteSpace: "nowrap" });
  // As high as the rows without an award (a wrapped line would add a whole line); the first
  // row's share of the collapsed header border makes it differ by half a pixel.
  for (const other of longest.otherRowHeights)
    expect(Math.abs(longest.rowHeight - other)).toBeLessThanOrEqual(1);

  await page.getByRole("button", { name: "Công bố từng hạng" }).click();
  const card = page.getByRole("article", { name: awardName });
  for (let shown = await look(page); !(await card.isVisible()); shown = await look(page)) {
    expect(shown.at, "a step shows the citation card").toBeLessThan(shown.of);
    await page.keyboard.press("ArrowRight");
    await expect(page.getByText(`Bước ${shown.at + 1}/${shown.of}`)).toBeVisible();
  }
  const heading = card.getByRole("heading", { name: awardName });
  await expect(heading).toHaveText(awardName);
  expect(await heading.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
  const box = (await heading.boundingBox())!;
  expect(box.x >= 0 && box.x + box.width <= 1024 && box.y >= 0 && box.y + box.height <= 768).toBe(true);
});

type ShownText = { text: string; cut: boolean };

/** Each unit name and award label of the ranking rows shown, and whether "…" cuts it. */
function rowTexts(page: Page): Promise<{ names: ShownText[]; awards: ShownText[] }> {
  return page.evaluate(() => {
    const shown = (testId: string) =>
      [...document.querySelectorAll<HTMLElement>(`[data-testid=ranking-row] [data-testid=${testId}]`)].map(
        (element) => ({ text: element.textContent ?? "", cut: element.scrollWidth > element.clientWidth }),
      );
    return { names: shown("unit-name"), awards: shown("unit-awards") };
  });
}

/** The texts of the greatest length (two names may tie). */
const longest = (texts: ShownText[]) => {
  const length = Math.max(...texts.map((shown) => shown.text.length));
  return texts.filter((shown) => shown.text.length === length);
};

test("at 1920×1080 the ranking slide shows the longest unit name and award name whole", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openScreen(page, await conferencePath(page, 2023));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Kết quả xếp hạng năm 2023" })).toBeVisible();
  await expect(page.getByTestId("ranking-row")).toHaveCount(8);
  const { names, awards } = await rowTexts(page);
  expect(longest(awards)).toContainEqual({
    text: "★ Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    cut: false,
  });
  expect(longest(names)).toContainEqual({ text: "Sở Nông nghiệp và Phát triển nông thôn", cut: false });
  // Not only the longest: nothing on the slide ends in "…".
  expect([...names, ...awards].filter((shown) => shown.cut)).toEqual([]);
});

test("on a 390 px phone the ranking keeps rank, name and total, every name readable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openScreen(page, await conferencePath(page, 2023));
  await page.keyboard.press("End");
  await page.getByRole("button", { name: "Công bố từng hạng" }).click();
  await page.keyboard.press("End");
  await expect(page.getByTestId("hidden-row")).toHaveCount(0);
  const rows = page.getByTestId("ranking-row");
  await expect(rows.first()).toBeVisible();
  // Every row inside the screen's width, and at least the start of every name (before any "…").
  const boxes = await rows.evaluateAll((shown) =>
    shown.map((row) => {
      const name = row.querySelector<HTMLElement>("[data-testid=unit-name]");
      return {
        right: row.getBoundingClientRect().right,
        // A short name shown whole, or a long one with room for its start.
        readable: !!name && (name.scrollWidth <= name.clientWidth || name.clientWidth >= 100),
      };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  expect(boxes.filter((box) => box.right > 390 || !box.readable)).toEqual([]);
  await expect(page.getByRole("columnheader", { name: "Xếp loại" })).toBeHidden();
});

test("Home and End go to the first and last slide, and to the first and last reveal step", async ({
  page,
}) => {
  await openScreen(page, await conferencePath(page, 2023));
  await page.keyboard.press("End");
  await expect(page.getByRole("heading", { name: "Trưởng khối, phó trưởng khối năm 2024" })).toBeVisible();
  const { at, of } = await look(page);
  expect(at).toBe(of);
  await page.keyboard.press("Home");
  await expect(page.getByText(new RegExp(`^Trang 1/${of}$`))).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: BLOC })).toBeVisible();

  await page.getByRole("button", { name: "Công bố từng hạng" }).click();
  await expect(page.getByText(/^Bước 0\//)).toBeVisible();
  await page.keyboard.press("End");
  await expect(page.getByTestId("hidden-row")).toHaveCount(0);
  const last = await look(page);
  expect(last.at).toBe(last.of);
  await page.keyboard.press("Home");
  await expect(page.getByText(`Bước 0/${last.of}`)).toBeVisible();
  await expect(page.getByTestId("ranking-row")).toHaveCount(0);
});

test("every reveal step passes axe's WCAG 2 A and AA rules with no serious or critical issue", async ({
  page,
}) => {
  // Twelve runs of axe: two to five seconds each on a shared, loaded two-core e2e machine.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await openScreen(page, await conferencePath(page, 2023));
  await page.getByRole("button", { name: "Công bố từng hạng" }).click();
  await expect(page.getByTestId("hidden-row").first()).toBeVisible();
  for (let { at: step, of: steps } = await look(page); ; { at: step, of: steps } = await look(page)) {
    // The controls and the footer do not change from step to step: checked once, with the first.
    // Legacy mode runs axe in the page itself: the screen has no frames, and the default mode's
    // extra page for each run would make twelve runs overrun the test's time.
    const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).setLegacyMode();
    const { violations } = await (step === 0 ? axe : axe.include("main")).analyze();
    const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(severe.map((v) => `step ${step}: ${v.id}: ${v.help}`)).toEqual([]);
    if (step === steps) break;
    await page.keyboard.press("PageDown");
    await expect(page.getByText(`Bước ${step + 1}/${steps}`)).toBeVisible();
  }
});

test("the operator's automatic advance moves on every N seconds, stops when asked and at the last slide", async ({
  page,
}) => {
  await openScreen(page, await conferencePath(page, 2023));
  const auto = page.getByRole("button", { name: "Tự động chuyển" });
  await page.getByRole("spinbutton").fill("1");
  await auto.click();
  await expect(auto).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText(/^Trang 2\/\d+ · tự động sau 1 giây$/)).toBeVisible();
  await page.keyboard.press("a");
  await expect(auto).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByText(/^Trang 2\/\d+$/)).toBeVisible();

  await page.keyboard.press("a");
  await expect(auto).toHaveAttribute("aria-pressed", "false", { timeout: 15_000 });
  const { at, of } = await look(page);
  expect(at).toBe(of);
  await expect(page.getByRole("heading", { name: "Trưởng khối, phó trưởng khối năm 2024" })).toBeVisible();
});

test("a screen loaded once comes back on a reload without a network; signing out forgets it", async ({
  page,
  context,
}) => {
  const path = await conferencePath(page, 2024);
  await openScreen(page, path);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("ranking-row")).toHaveCount(8);
  const ranking = await page.getByTestId("unit-name").allInnerTexts();
  await expect(page.getByText("Chiếu được khi mất mạng")).toBeVisible();

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: BLOC })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Mất kết nối, đang thử lại" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Tiếp theo" })).toBeEnabled();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("unit-name")).toHaveText(ranking);

  await context.setOffline(false);
  await page.goto("/khoi");
  await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  // The sign-in page is outside the worker's scope: nothing of it is served from a copy.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});
