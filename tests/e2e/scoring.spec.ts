import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, submitSignInForm } from "./sign-in";

const BLOC = "Khối thi đua các cơ quan kinh tế – kỹ thuật";

/** Signs in and opens the 2024 scoring tab of the economic bloc at one stage. */
async function openScoring(page: Page, username: string, stage?: "Tự chấm" | "Kiểm tra chéo" | "Chấm cuối") {
  await signIn(page, username);
  await page
    .getByRole("listitem")
    .filter({ hasText: BLOC })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await expect(page).toHaveURL(/\/2024$/);
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Chấm điểm", exact: true })
    .click();
  await expect(page).toHaveURL(/\/cham-diem/);
  if (stage)
    await page.getByRole("navigation", { name: "Giai đoạn chấm" }).getByRole("link", { name: stage }).click();
  await expect(
    page.getByRole("heading", { name: new RegExp(`Bảng ${(stage ?? "").toLowerCase()}`) }),
  ).toBeVisible();
}

// Journeys with two signed-in people and a dozen saves take longer than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const cell = (page: Page, unit: string, code: string) =>
  page.getByRole("textbox", { name: `${unit}, tiêu chí ${code}` });

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Two people of the secretariat, each in a browser of their own, on the same stage's grid. */
async function twoSecretaries(browser: Browser, stage: "Kiểm tra chéo" | "Chấm cuối"): Promise<[Page, Page]> {
  const [alice, bob] = [await newPage(browser), await newPage(browser)];
  await openScoring(alice, "thuky.ktkt", stage);
  await openScoring(bob, "admin.yenbai", stage);
  return [alice, bob];
}

test("the secretariat types cross-check scores with the keyboard; each cell saves on its own", async ({
  page,
}) => {
  await openScoring(page, "thuky.ktkt", "Kiểm tra chéo");
  const first = cell(page, "Sở Xây dựng", "II.1");
  await first.click();
  await first.fill("7,5");
  await first.press("Enter");
  await expect(first).toHaveAccessibleDescription("Đã lưu");
  await expect(first).toHaveValue("7,5");
  await expect(page.getByRole("complementary", { name: "Chi tiết ô điểm" })).toBeVisible();

  // Enter moved down a row; the arrow keys move across, skipping the computed column.
  const below = page.locator(":focus");
  await expect(below).toHaveAttribute("aria-label", /, tiêu chí II\.1$/);
  await below.press("ArrowRight");
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", /, tiêu chí II\.2$/);

  // Over the maximum, or not a number: Tab, Enter and the arrows keep the cell, which says why,
  // the typed text kept; Escape gives the saved value back, and the keys move on again.
  await first.click();
  await first.fill("9");
  await first.press("Tab");
  await expect(first).toBeFocused();
  await expect(first).toHaveAccessibleDescription("Lỗi: Tối đa 8,00 điểm.");
  // Above the grid, where the user types, the refusal reads as a value not saved.
  await expect(page.getByRole("list", { name: "Ô chưa lưu được:" })).toContainText(
    "II.1 · Sở Xây dựng: Tối đa 8,00 điểm.",
  );
  await expect(page.getByRole("complementary", { name: "Chi tiết ô điểm" }).getByRole("alert")).toContainText(
    "Tối đa 8,00 điểm.",
  );
  await first.fill("bảy");
  await first.press("Enter");
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute("aria-invalid", "true");
  await first.press("ArrowUp");
  await expect(first).toBeFocused();
  await expect(first).toHaveValue("bảy");
  await first.press("Escape");
  await expect(first).toHaveValue("7,5");
  // The value given back is selected: typing replaces it, as on entering the cell.
  await expect
    .poll(() => first.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!))
    .toBe("7,5".length);
  await page.keyboard.type("6");
  await expect(first).toHaveValue("6");
  await first.press("Escape");
  await expect(first).toHaveValue("7,5");
  await first.press("ArrowUp");
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", /, tiêu chí II\.1$/);
  await expect(first).not.toBeFocused();
  await first.focus();

  // Explanation and evidence for the focused cell, kept after a reload.
  const explanation = "Có kế hoạch thi đua số 05/KH-SXD";
  await page.getByLabel("Giải trình").fill(explanation);
  await expect(page.getByLabel("Giải trình")).toHaveAccessibleDescription(
    `${explanation.length}/2.000 ký tự`,
  );
  await page.getByLabel("Đường dẫn minh chứng").fill("https://sxd.yenbai.gov.vn/ke-hoach-05");
  await page.getByRole("button", { name: "Lưu giải trình" }).click();
  await expect(first).toHaveAccessibleDescription("Đã lưu");
  await page.reload();
  await cell(page, "Sở Xây dựng", "II.1").focus();
  await expect(page.getByLabel("Giải trình")).toHaveValue("Có kế hoạch thi đua số 05/KH-SXD");
  await expect(page.getByText(/Nhập bởi Trần Văn Bình/)).toBeVisible();
});

test("a cell saved after the session ended says so and keeps the typed value; signing in again leads back to the grid; the save refuses another site's request", async ({
  page,
}) => {
  await openScoring(page, "thuky.ktkt", "Chấm cuối");
  await page.context().clearCookies();
  const target = cell(page, "Sở Xây dựng", "II.2");
  await target.fill("3");
  await target.press("Tab");
  await target.click();
  const panelAlert = page.getByRole("complementary", { name: "Chi tiết ô điểm" }).getByRole("alert");
  await expect(panelAlert).toContainText("Phiên đăng nhập đã hết hạn");
  await expect(target).toHaveValue("3");
  // The list of refused cells above the grid names it too.
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: "Phiên đăng nhập đã hết hạn" })
      .getByRole("link", { name: "Đăng nhập lại" }),
  ).toBeVisible();
  const grid = page.url();
  // From the focused cell straight to the panel's link: leaving the cell does not send the refused
  // save again, so the link stays where the pointer is.
  await panelAlert.getByRole("link", { name: "Đăng nhập lại" }).click();
  await submitSignInForm(page, "thuky.ktkt");
  await expect(page).toHaveURL(grid);
  await expect(page.getByRole("heading", { name: /Bảng chấm cuối/ })).toBeVisible();

  const crossSite = await page.request.post("/api/cham-diem/o-diem", {
    headers: { Origin: "https://trang-khac.example" },
    data: { cell: { unitId: "x", criterionId: "y", stage: "FINAL", points: "1", version: 0 } },
  });
  expect(crossSite.status()).toBe(403);
});

test("back on the grid from the rankings, the grid shows the scores saved before leaving, and the next edit of that cell saves", async ({
  page,
}) => {
  await openScoring(page, "thuky.ktkt", "Chấm cuối");
  const tabs = page.getByRole("navigation", { name: "Các mục của năm thi đua" });
  const toRankingsAndBack = async () => {
    await tabs.getByRole("link", { name: "Xếp hạng", exact: true }).click();
    await expect(page.getByRole("heading", { name: /Bảng xếp hạng/ })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("heading", { name: /Bảng chấm cuối/ })).toBeVisible();
  };
  // The router keeps the grid it showed: coming back to it must not bring back old values.
  await toRankingsAndBack();
  const target = cell(page, "Sở Xây dựng", "II.3");
  const typed = (await target.inputValue()) === "2" ? "3" : "2";
  await target.fill(typed);
  const answered = page.waitForResponse((response) => response.url().endsWith("/api/cham-diem/o-diem"));
  await target.press("Tab");
  await expect(target).toHaveAccessibleDescription("Đã lưu");
  // A save's short answer is sent as it is: compressing it cost the server more than it saved.
  expect((await answered).headers()["content-encoding"]).toBeUndefined();
  await toRankingsAndBack();
  await expect(cell(page, "Sở Xây dựng", "II.3")).toHaveValue(typed);
  const again = cell(page, "Sở Xây dựng", "II.3");
  await again.fill(typed === "2" ? "3" : "2");
  await again.press("Tab");
  await expect(again).toHaveAccessibleDescription("Đã lưu");
});

test("a saved score updates its row's sums and every place on the grid at once, and its line takes evidence files", async ({
  page,
}) => {
  await openScoring(page, "thuky.ktkt", "Kiểm tra chéo");
  // NN&PTNT's cross-check has section II only (demo data): III.1 and III.2 are blank.
  const unit = "Sở Nông nghiệp và Phát triển nông thôn";
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: unit }) });
  const [stageSum, total] = [row.getByRole("cell").nth(-3), row.getByRole("cell").nth(-2)];
  const place = row.getByRole("cell").last();
  const before = {
    stageSum: await stageSum.innerText(),
    total: await total.innerText(),
    place: Number(await place.innerText()),
  };
  const blank = cell(page, unit, "III.1");
  await expect(blank).toHaveValue("");
  await blank.click();
  await expect(page.getByText("Lưu điểm cho ô này trước, rồi đính kèm tệp minh chứng.")).toBeVisible();
  await blank.fill("10");
  await blank.press("Tab");
  await expect(blank).toHaveAccessibleDescription("Đã lưu");
  const plusTen = (text: string) =>
    (Number(text.replace(/\./g, "").replace(",", ".")) + 10).toFixed(2).replace(".", ",");
  await expect(stageSum).toHaveText(plusTen(before.stageSum));
  await expect(total).toHaveText(plusTen(before.total));
  // The new line takes files straight away, without reloading the grid.
  await blank.click();
  await expect(page.getByLabel("Đính kèm tệp minh chứng")).toBeVisible();
  // The places of every row follow the new totals: ten more points on III.2 move the unit up.
  const other = cell(page, unit, "III.2");
  await other.fill("10");
  await other.press("Tab");
  await expect(other).toHaveAccessibleDescription("Đã lưu");
  await expect.poll(async () => Number(await place.innerText())).toBeLessThan(before.place);

  for (const typed of [other, blank]) {
    await typed.fill("");
    await typed.press("Tab");
    await expect(typed).toHaveAccessibleDescription("Đã lưu");
  }
  await expect(total).toHaveText(before.total);
  await expect(place).toHaveText(String(before.place));
  await blank.click();
  await expect(page.getByText("Lưu điểm cho ô này trước, rồi đính kèm tệp minh chứng.")).toBeVisible();
});

test("two secretaries edit the same final-score cell: the second sees both values and keeps theirs on purpose", async ({
  browser,
}) => {
  const [alice, bob] = await twoSecretaries(browser, "Chấm cuối");

  // Bob is typing when Alice saves: her value does not replace what he typed.
  const bobCell = cell(bob, "Sở Công Thương", "III.1");
  await bobCell.fill("8,5");
  const aliceCell = cell(alice, "Sở Công Thương", "III.1");
  await aliceCell.fill("9");
  await aliceCell.press("Enter");
  await expect(aliceCell).toHaveAccessibleDescription("Đã lưu");

  await bobCell.press("Enter");
  await expect(bobCell).toHaveAccessibleDescription(/^Xung đột: Ô điểm này vừa được người khác thay đổi/);
  await bobCell.focus();
  await expect(bob.getByTestId("conflict-mine")).toHaveText("8,5");
  await expect(bob.getByTestId("conflict-theirs")).toHaveText("9,00");
  await expect(bob.getByRole("complementary", { name: "Chi tiết ô điểm" }).getByRole("alert")).toContainText(
    /Nhập bởi Trần Văn Bình/,
  );
  await expect(bobCell).toHaveValue("8,5");

  await bob.getByRole("button", { name: "Giữ giá trị của tôi" }).click();
  await expect(bobCell).toHaveAccessibleDescription("Đã lưu");
  await alice.reload();
  await expect(cell(alice, "Sở Công Thương", "III.1")).toHaveValue("8,5");
});

test("another secretary's saves reach this grid as they happen; a cell being typed keeps what is typed until its save meets theirs", async ({
  browser,
}) => {
  const [alice, bob] = await twoSecretaries(browser, "Kiểm tra chéo");
  const unit = "Sở Nông nghiệp và Phát triển nông thôn";
  const sums = (page: Page) => {
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: unit }) });
    return { stageSum: row.getByRole("cell").nth(-3), total: row.getByRole("cell").nth(-2) };
  };
  const before = await sums(bob).total.innerText();
  const beforeSum = await sums(bob).stageSum.innerText();
  const plus = (text: string, points: number) =>
    (Number(text.replace(/\./g, "").replace(",", ".")) + points).toFixed(2).replace(".", ",");
  const save = async (page: Page, code: string, value: string) => {
    const typed = cell(page, unit, code);
    await typed.fill(value);
    await typed.press("Tab");
    return typed;
  };

  // Alice's save shows on Bob's grid while he does nothing: the cell, its row's sums and total.
  await expect(await save(alice, "III.1", "5")).toHaveAccessibleDescription("Đã lưu");
  await expect(cell(bob, unit, "III.1")).toHaveValue("5");
  await expect(sums(bob).total).toHaveText(plus(before, 5));
  await expect(sums(bob).stageSum).toHaveText(plus(beforeSum, 5));

  // Alice is typing in III.2 when Bob saves it: her "3" stays; her save meets his, and she takes his.
  const typing = cell(alice, unit, "III.2");
  await typing.fill("3");
  await expect(await save(bob, "III.2", "5")).toHaveAccessibleDescription("Đã lưu");
  await expect(sums(alice).total).toHaveText(plus(before, 10));
  await expect(typing).toHaveValue("3");
  // Her row adds up what is saved (his value), as its total does, while she types over it.
  await expect(sums(alice).stageSum).toHaveText(plus(beforeSum, 10));
  await typing.press("Tab");
  await expect(typing).toHaveAccessibleDescription(/^Xung đột: Ô điểm này vừa được người khác thay đổi/);
  // Until she chooses, the row adds up what is saved (his value), as its total does.
  await expect(sums(alice).stageSum).toHaveText(plus(beforeSum, 10));
  await typing.focus();
  await alice.getByRole("button", { name: "Dùng giá trị mới" }).click();
  await expect(cell(alice, unit, "III.2")).toHaveValue("5");
  await expect(sums(alice).total).toHaveText(plus(before, 10));
  await alice.reload();
  await expect(sums(alice).total).toHaveText(plus(before, 10));

  for (const code of ["III.1", "III.2"])
    await expect(await save(bob, code, "")).toHaveAccessibleDescription("Đã lưu");
  await expect(sums(bob).total).toHaveText(before);
  await expect(sums(alice).total).toHaveText(before);
  await expect(cell(alice, unit, "III.1")).toHaveValue("");
});

test("quick saves of one cell keep the last value; a value saved by someone just as it was typed is no conflict; a grid that lost its network catches up", async ({
  browser,
}) => {
  const [alice, bob] = await twoSecretaries(browser, "Kiểm tra chéo");
  const unit = "Sở Nông nghiệp và Phát triển nông thôn";
  const saved = async (page: Page, code: string, value: string) => {
    const typed = cell(page, unit, code);
    await typed.fill(value);
    await typed.press("Tab");
    await expect(typed).toHaveAccessibleDescription("Đã lưu");
  };

  // Three saves of one cell in a blink: each builds on the one before, none meets it as someone else's.
  const quick = cell(alice, unit, "III.1");
  for (const value of ["1", "2", "2,5"]) {
    await quick.fill(value);
    await quick.press("Enter");
  }
  await expect(quick).toHaveAccessibleDescription("Đã lưu");
  await expect(quick).toHaveValue("2,5");
  await expect(cell(bob, unit, "III.1")).toHaveValue("2,5");

  // Bob types the very value Alice saves meanwhile: his save finds it there, with nothing to choose.
  const same = cell(bob, unit, "III.2");
  await same.fill("4");
  await saved(alice, "III.2", "4");
  await same.press("Tab");
  await expect(same).toHaveAccessibleDescription("Đã lưu");

  // Bob's grid loses its network while Alice saves; back online, it catches up by itself.
  await bob.context().setOffline(true);
  await saved(alice, "III.1", "3");
  await bob.context().setOffline(false);
  await expect(cell(bob, unit, "III.1")).toHaveValue("3");

  for (const code of ["III.1", "III.2"]) await saved(alice, code, "");
  await expect(cell(bob, unit, "III.2")).toHaveValue("");
});

test("a rankings page left open follows the scores saved on the grid, to the same total", async ({
  browser,
}) => {
  const [viewer, secretary] = [await newPage(browser), await newPage(browser)];
  await openScoring(secretary, "thuky.ktkt", "Chấm cuối");
  await openScoring(viewer, "admin.yenbai");
  await viewer
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Xếp hạng", exact: true })
    .click();
  await expect(viewer.getByRole("heading", { name: "Bảng xếp hạng năm 2024" })).toBeVisible();
  const unit = "Sở Công Thương";
  const rankingTotal = viewer
    .getByRole("table")
    .first()
    .getByRole("row")
    .filter({ has: viewer.getByRole("rowheader", { name: unit }) })
    .getByRole("cell")
    .nth(-4);
  const gridTotal = secretary
    .getByRole("row")
    .filter({ has: secretary.getByRole("rowheader", { name: unit }) })
    .getByRole("cell")
    .nth(-2);
  const before = await rankingTotal.innerText();
  await expect(gridTotal).toHaveText(before);

  const typed = cell(secretary, unit, "III.1");
  const kept = await typed.inputValue();
  await typed.fill(kept === "6" ? "5" : "6");
  await typed.press("Tab");
  await expect(typed).toHaveAccessibleDescription("Đã lưu");
  await expect(gridTotal).not.toHaveText(before);
  await expect(rankingTotal).toHaveText(await gridTotal.innerText());

  await typed.fill(kept);
  await typed.press("Tab");
  await expect(typed).toHaveAccessibleDescription("Đã lưu");
  await expect(rankingTotal).toHaveText(before);
});

test("a leader self-scores their own unit and submits; the secretariat returns it, then approves the resubmission", async ({
  browser,
}) => {
  const leader = await newPage(browser);
  await openScoring(leader, "lanhdao.tnmt");
  await expect(leader.getByRole("textbox", { name: /tiêu chí II\.1$/ })).toHaveCount(1);
  const own = cell(leader, "Sở Tài nguyên và Môi trường", "II.1");
  await own.fill("8");
  await own.press("Enter");
  await expect(own).toHaveAccessibleDescription("Đã lưu");
  await leader.getByRole("button", { name: /Nộp phiếu tự chấm/ }).click();
  await expect(leader.getByTestId("sheet-status")).toHaveText("Đã nộp, chờ duyệt");
  await expect(own).toHaveCount(0);

  const secretariat = await newPage(browser);
  await openScoring(secretariat, "thuky.ktkt", "Tự chấm");
  const sheet = secretariat.getByRole("listitem", { name: "Phiếu của Sở Tài nguyên và Môi trường" });
  await sheet.getByRole("button", { name: "Trả lại" }).click();
  await expect(sheet.getByRole("alert")).toContainText("Vui lòng nhập lý do trả lại.");
  await sheet.getByLabel(/Lý do trả lại/).fill("Bổ sung minh chứng tiêu chí II.1");
  await sheet.getByRole("button", { name: "Trả lại" }).click();
  await expect(sheet.getByTestId("sheet-status")).toHaveText("Bị trả lại");

  await leader.reload();
  await expect(leader.getByText("Lý do trả lại: Bổ sung minh chứng tiêu chí II.1")).toBeVisible();
  await cell(leader, "Sở Tài nguyên và Môi trường", "II.1").focus();
  await leader.getByLabel("Đường dẫn minh chứng").fill("https://tnmt.yenbai.gov.vn/thi-dua-2024");
  await leader.getByRole("button", { name: "Lưu giải trình" }).click();
  await expect(cell(leader, "Sở Tài nguyên và Môi trường", "II.1")).toHaveAccessibleDescription("Đã lưu");
  await leader.getByRole("button", { name: /Nộp phiếu tự chấm/ }).click();
  await expect(leader.getByTestId("sheet-status")).toHaveText("Đã nộp, chờ duyệt");

  await secretariat.reload();
  await sheet.getByRole("button", { name: "Duyệt phiếu" }).click();
  await expect(sheet.getByTestId("sheet-status")).toHaveText("Đã duyệt");
});

/**
 * The year's stage panel: a move, opened from its summary line (each move says what it does
 * first), with a reason when the move asks for one.
 */
async function moveStage(page: Page, move: string, reason?: string) {
  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Tổng quan" })
    .click();
  const panel = page.getByRole("region", { name: /^Giai đoạn:/ });
  await panel.getByText(`${move}…`).click();
  if (reason) await panel.getByLabel("Lý do").fill(reason);
  await panel.getByRole("button", { name: move, exact: true }).click();
}

/** Reopens 2024 and changes its score table in the editor, then starts scoring again. */
async function changeScoreTable(page: Page, reason: string, change: (page: Page) => Promise<void>) {
  await moveStage(page, "Mở lại thành viên, bảng điểm và nhiệm vụ", reason);
  await expect(page.getByRole("heading", { name: "Giai đoạn: Đang thực hiện" })).toBeVisible();
  await page.getByRole("link", { name: "Bảng điểm & quy tắc" }).click();
  await expect(page.getByText(/mỗi thay đổi cấu trúc sẽ tạo phiên bản mới/)).toBeVisible();
  await change(page);
  await moveStage(page, "Bắt đầu chấm điểm");
  await expect(page.getByRole("heading", { name: "Giai đoạn: Đang chấm điểm" })).toBeVisible();
}

const criterionActions = (page: Page, code: string) =>
  page.getByRole("group", { name: `Thao tác với mục ${code}`, exact: true });

test("at 1366×768 the grid of 8 units × 12 criteria shows the sums and the rank without sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openScoring(page, "thuky.ktkt");
  // The demo table has 11 criteria: the secretariat builds a 12th in the score-table editor.
  await changeScoreTable(page, "Bổ sung tiêu chí chuyển đổi số", async () => {
    await criterionActions(page, "IV").getByRole("button", { name: "Thêm mục con" }).click();
    const form = page.getByRole("form", { name: "Thêm mục" });
    await form.getByLabel("Mã").fill("IV.3");
    await form.getByLabel("Tên mục").fill("Đơn vị có sản phẩm chuyển đổi số tiêu biểu");
    await form.getByLabel("Điểm tối đa").fill("1");
    await form.getByRole("button", { name: "Lưu" }).click();
    await expect(criterionActions(page, "IV.3")).toBeVisible();
  });

  await page
    .getByRole("navigation", { name: "Các mục của năm thi đua" })
    .getByRole("link", { name: "Chấm điểm", exact: true })
    .click();
  await page
    .getByRole("navigation", { name: "Giai đoạn chấm" })
    .getByRole("link", { name: "Chấm cuối" })
    .click();
  // The previous stage's grid has the same columns: wait for the final stage's own heading.
  await expect(page.getByRole("heading", { name: /Bảng chấm cuối/ })).toBeVisible();
  const grid = page.getByRole("table");
  await expect(grid.getByRole("columnheader", { name: /^IV\.3/ })).toBeVisible();
  await expect(grid.getByRole("rowheader")).toHaveCount(8);
  const leafHeaders = grid.getByRole("row").nth(1).getByRole("columnheader");
  await expect(leafHeaders).toHaveCount(12 + 3); // 12 criteria, then the stage sum, the total and the rank
  const scroller = grid.locator("xpath=..");
  expect(await scroller.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  for (const name of ["Tổng điểm", "Hạng"]) {
    const box = (await grid.getByRole("columnheader", { name }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  // Still readable: no cell text below 12 px.
  const smallest = await grid.evaluate((table) =>
    Math.min(
      ...[...table.querySelectorAll("th, td, input")].map((cell) =>
        parseFloat(getComputedStyle(cell).fontSize),
      ),
    ),
  );
  expect(smallest).toBeGreaterThanOrEqual(12);

  // The specs after this one expect the demo's 11 criteria.
  await changeScoreTable(page, "Bỏ tiêu chí thử nghiệm", async () => {
    await criterionActions(page, "IV.3").getByRole("button", { name: "Xóa" }).click();
    await page.getByRole("button", { name: "Xóa mục" }).click();
    await expect(criterionActions(page, "IV.3")).toHaveCount(0);
  });
});

test("at 1024×768 the grid scrolls sideways inside itself with the unit names kept in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openScoring(page, "thuky.ktkt", "Chấm cuối");
  const grid = page.getByRole("table");
  const scroller = grid.locator("xpath=..");
  const unit = grid.getByRole("rowheader").first();
  const before = (await unit.boundingBox())!;
  await scroller.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
  await expect.poll(() => scroller.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
  expect((await unit.boundingBox())!.x).toBeCloseTo(before.x, 0);
  const rank = (await grid.getByRole("columnheader", { name: "Hạng" }).boundingBox())!;
  expect(rank.x + rank.width).toBeLessThanOrEqual(1024);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);

  // The compact view is shown as on, and this browser remembers it.
  const compact = page.getByRole("button", { name: "Hiển thị thu gọn" });
  await compact.click();
  await expect(compact).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByRole("button", { name: "Hiển thị thu gọn" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.locator("[data-density]")).toHaveAttribute("data-density", "compact");
  await page.getByRole("button", { name: "Hiển thị thu gọn" }).click();
  await expect(page.locator("[data-density]")).toHaveAttribute("data-density", "comfortable");
});
