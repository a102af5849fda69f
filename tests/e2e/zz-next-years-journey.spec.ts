import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import mammoth from "mammoth";
import { fillTaskTemplate, workbookBuffer, XLSX_MIME } from "../fixtures/task-template";
import type { SheetRow } from "../fixtures/task-workbook";
import { enterMissingFinalScores, giveOverrideReasons } from "./publish-checklist";
import { signIn } from "./sign-in";

// The second year and the one after, in the browser only, as the bloc secretariat runs them:
// 2025 is created from 2024 with the recorded mergers applied (01/03/2025), taken through every
// stage to a published result, and 2026 is created from it. Everything it touches it makes itself.
const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";
const NNMT = "Sở Nông nghiệp và Môi trường";
const XD = "Sở Xây dựng";
const KHCN = "Sở Khoa học và Công nghệ";
const CT = "Sở Công Thương";
const BQLDA = "Ban Quản lý dự án đầu tư xây dựng tỉnh";
const BQLKCN = "Ban Quản lý các khu công nghiệp";
const MEMBERS_2025 = [KHCN, XD, CT, BQLDA, BQLKCN, NNMT];
const DEPARTED = [
  "Sở Tài nguyên và Môi trường",
  "Sở Giao thông vận tải",
  "Sở Nông nghiệp và Phát triển nông thôn",
];
const OVERRIDE_REASON =
  "Hội nghị khối ngày 12/01/2026 thống nhất công bố; nhiệm vụ còn dở chuyển sang năm 2026.";
// Ranking pages and the publication compute the engine's result on request: seconds on a busy machine.
const PAGE_READY = { timeout: 30_000 };

/** Who cross-checks whom in 2026: three units, each scoring the other two. */
const PEERS: [scorer: string, scored: string][] = [
  [NNMT, CT],
  [NNMT, XD],
  [CT, NNMT],
  [CT, XD],
  [XD, NNMT],
  [XD, CT],
];

const KEY_TASK = "Hoàn thành cơ sở dữ liệu công trình xây dựng toàn tỉnh";

const TASKS: SheetRow[] = [
  ["Hoàn thành quy hoạch sử dụng đất nông nghiệp sau hợp nhất", NNMT, "188-CTr/TU", 2, "30/09/2025"],
  ["Rà soát hạ tầng giao thông các khu công nghiệp", XD, null, 1, "31/10/2025"],
];

const tabs = (page: Page) => page.getByRole("navigation", { name: "Các mục của năm thi đua" });
async function openTab(page: Page, name: string) {
  await tabs(page).getByRole("link", { name, exact: true }).click();
  await expect(tabs(page).getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
}

const blocCard = (page: Page) => page.getByRole("listitem").filter({ hasText: KTKT });
/** A unit's name as its row header starts (pages add the short name or code after it). */
const startsWith = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|$)`);
const rowOf = (scope: Page | Locator, unit: string) =>
  scope.getByRole("row").filter({ has: scope.getByRole("rowheader", { name: startsWith(unit) }) });

/** The "Xếp loại" fact of a unit's ranking page. */
const classificationOf = (page: Page) =>
  page.locator("dt", { hasText: /^Xếp loại$/ }).locator("xpath=following-sibling::dd");

async function saveRules(rules: Locator) {
  await rules.getByRole("button", { name: "Lưu quy tắc" }).click();
  await expect(rules.getByRole("status")).toHaveText("Đã lưu quy tắc.");
}

/** `confirmFirst`: the move opens from its summary line and says what it sets going. */
async function moveStage(page: Page, from: string, button: string, to: string, confirmFirst = false) {
  await openTab(page, "Tổng quan");
  const panel = page.getByRole("region", { name: `Giai đoạn: ${from}` });
  if (confirmFirst) await panel.getByText(`${button}…`).click();
  await panel.getByRole("button", { name: button }).click();
  await expect(page.getByRole("region", { name: `Giai đoạn: ${to}` })).toBeVisible();
}

async function openScoreStage(page: Page, stage: "Tự chấm" | "Kiểm tra chéo" | "Chấm cuối") {
  await openTab(page, "Chấm điểm");
  await page.getByRole("navigation", { name: "Giai đoạn chấm" }).getByRole("link", { name: stage }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Bảng ${stage.toLowerCase()}`) })).toBeVisible(
    PAGE_READY,
  );
}

async function typeScore(page: Page, unit: string, criterion: string, value: string) {
  const cell = page.getByRole("textbox", { name: `${unit}, tiêu chí ${criterion}` });
  await cell.fill(value);
  await cell.press("Enter");
  await expect(cell).toHaveAccessibleDescription("Đã lưu");
}

const RUN = Date.now().toString(36);
const NEW_PASSWORD = "MatKhauNNMT@2025";

/**
 * The merged department had no account: the province admin opens one for its leader, who signs
 * in with the temporary password, is made to replace it, and lands on the blocs page.
 */
async function leaderOfTheMergedDepartment(browser: Browser, baseURL: string | undefined): Promise<Page> {
  return newLeader(browser, baseURL, NNMT, `lanhdao.nnmt.${RUN}`);
}

/** A browser of its own, signed in. */
async function signedInPage(
  browser: Browser,
  baseURL: string | undefined,
  username: string,
  password?: string,
): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, username, password);
  return page;
}

/** The province admin opens an account for a unit's leader, who replaces the temporary password. */
async function newLeader(browser: Browser, baseURL: string | undefined, unit: string, username: string) {
  const admin = await (await browser.newContext({ baseURL })).newPage();
  await signIn(admin, "admin.yenbai");
  await admin.goto("/quan-tri/nguoi-dung/moi");
  await admin.getByLabel("Tên đăng nhập").fill(username);
  await admin.getByLabel("Họ và tên").fill("Đỗ Văn Hải");
  await admin.getByRole("button", { name: "+ Thêm quyền" }).click();
  await admin.getByLabel("Loại quyền 1").selectOption({ label: "Lãnh đạo đơn vị" });
  await admin.getByLabel("Phạm vi của quyền 1").selectOption({ label: unit });
  await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
  const temporary = (await admin.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(temporary).not.toBe("");
  await admin.context().close();

  const leader = await (await browser.newContext({ baseURL })).newPage();
  await leader.goto("/dang-nhap");
  await leader.getByLabel("Tên đăng nhập").fill(username);
  await leader.getByLabel("Mật khẩu").fill(temporary);
  await leader.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(leader).toHaveURL(/\/tai-khoan$/);
  await leader.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await leader.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await leader.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await leader.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(leader.getByRole("heading", { name: "Khối thi đua", level: 1 })).toBeVisible();
  return leader;
}

test("the secretariat runs 2025 with the mergers applied to a published result, then opens 2026", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000); // a whole year in some hundred round trips on a shared 2-core machine
  await signIn(page, "thuky.ktkt");
  let yearPath = "";

  await test.step("Tạo năm 2025: the preview applies the two mergers; the secretariat confirms", async () => {
    await blocCard(page).getByRole("button", { name: "Tạo năm 2025" }).click();
    const preview = blocCard(page).getByRole("region", { name: "Thành viên dự kiến năm 2025" });
    await expect(
      preview.getByRole("heading", { name: "Thành viên năm 2025: 9 đơn vị, 6 đơn vị đến 31/12/2025" }),
    ).toBeVisible();
    await expect(preview.getByRole("listitem").filter({ hasText: new RegExp(`^${NNMT} —`) })).toContainText(
      "gia nhập 01/03/2025 (kế thừa",
    );
    await expect(preview.getByRole("listitem").filter({ hasText: /^Sở Giao thông vận tải —/ })).toContainText(
      "rời khối 01/03/2025 (hợp nhất vào Sở Xây dựng)",
    );
    // Sở Xây dựng was already a member: it carries on from 01/01 and takes Sở GTVT over.
    await expect(preview.getByRole("listitem").filter({ hasText: /^Sở Xây dựng —/ })).toContainText(
      "tiếp tục là thành viên từ 01/01/2025 đến 31/12/2025; tiếp nhận Sở Giao thông vận tải từ 01/03/2025",
    );
    await blocCard(page).getByRole("button", { name: "Xác nhận tạo năm 2025" }).click();
    await expect(
      page.getByRole("heading", { name: "Thành viên năm 2025 (6 đang tham gia / 9)" }),
    ).toBeVisible();
    const lineage = page.getByRole("region", { name: "Hợp nhất đã ghi nhận" });
    await expect(
      lineage.getByRole("listitem").filter({ hasText: "Sở Giao thông vận tải hợp nhất vào Sở Xây dựng" }),
    ).toContainText("Đã áp dụng vào thành viên năm 2025.");
    yearPath = new URL(page.url()).pathname.replace(/\/thanh-vien$/, "");
  });

  await test.step("Thành viên & vai trò: the 2025 head and deputies are elected among the members", async () => {
    const election = page.getByRole("region", { name: "Bầu Trưởng khối, Phó trưởng khối" });
    const head = election.getByLabel("Trưởng khối", { exact: true });
    // Only units that are members for the year may be elected: the departed ones are not offered.
    for (const departed of DEPARTED)
      await expect(head.getByRole("option", { name: departed })).toHaveCount(0);
    await head.selectOption({ label: XD });
    await election.getByLabel("Phó trưởng khối thường trực").selectOption({ label: NNMT });
    await election.getByLabel("Ngày bầu").fill("10/01/2025");
    await election.getByLabel("Số biên bản, quyết định").fill("Biên bản hội nghị khối ngày 10/01/2025");
    await election.getByRole("button", { name: "Lưu kết quả bầu" }).click();
    await expect(election.getByText("Đã lưu vai trò.")).toBeVisible();
    await expect(rowOf(page, XD)).toContainText("Trưởng khối");
  });

  await test.step("Giao ước: the pledge is written and signed by the six members, no empty rows for the departed", async () => {
    await openTab(page, "Giao ước & đăng ký");
    await page
      .getByLabel("Nội dung giao ước")
      .fill(
        "Các đơn vị thành viên thống nhất ký giao ước thi đua năm 2025.\n\nHoàn thành các nhiệm vụ được giao.",
      );
    await page.getByRole("button", { name: "Lưu giao ước" }).click();
    await expect(page.getByText("Đã lưu giao ước.")).toBeVisible();
    await expect(page.getByText("0/6 đơn vị đã ký.")).toBeVisible();
    for (const departed of DEPARTED)
      await expect(page.getByLabel(`Họ tên người ký của ${departed}`)).toHaveCount(0);
    for (const [index, unit] of MEMBERS_2025.entries()) {
      await page.getByLabel(`Họ tên người ký của ${unit}`).fill(`Người ký ${index + 1}`);
      await page.getByLabel(`Chức vụ người ký của ${unit}`).fill("Giám đốc");
      await page.getByLabel(`Ngày ký của ${unit}`).fill("05/03/2025");
      await page.getByRole("button", { name: `Lưu chữ ký của ${unit}` }).click();
      await expect(page.getByText(`${index + 1}/6 đơn vị đã ký.`)).toBeVisible();
    }
    await page.getByRole("link", { name: "In bảng ký giao ước" }).click();
    await expect(page.getByRole("heading", { name: "Chữ ký của các đơn vị thành viên" })).toBeVisible();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(1 + 6);
    await page.goto(yearPath);
  });

  await test.step("Tổng quan → Nhiệm vụ: the year starts; tasks are imported from the year's template", async () => {
    await moveStage(page, "Đang chuẩn bị", "Bắt đầu triển khai", "Đang thực hiện", true);
    await openTab(page, "Nhiệm vụ");
    await expect(page.getByRole("heading", { name: "Nhiệm vụ được giao (0)" })).toBeVisible();
    await page.getByRole("link", { name: "Nhập từ Excel" }).click();
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "tệp mẫu năm 2025" }).click();
    const workbook = await fillTaskTemplate(await (await downloading).path(), TASKS);
    await page.getByLabel(/Tệp Excel/).setInputFiles({
      name: "nhiem-vu-ktkt-2025.xlsx",
      mimeType: XLSX_MIME,
      buffer: await workbookBuffer(workbook),
    });
    await page.getByRole("button", { name: "Kiểm tra và nhập" }).click();
    await expect(page.getByText("Đã nhập 2 nhiệm vụ (số 1–2) từ tệp nhiem-vu-ktkt-2025.xlsx.")).toBeVisible();
    await page.getByRole("link", { name: "Xem danh sách nhiệm vụ" }).click();
    await page.getByRole("link", { name: TASKS[0]![0] as string }).click();
    await expect(page.getByRole("heading", { name: "Nhiệm vụ số 1" })).toBeVisible();
    await page.getByLabel("Trạng thái").selectOption({ label: "Hoàn thành" });
    await page.getByLabel("Ngày hoàn thành").fill("20/09/2025");
    await page.getByLabel("Ghi chú minh chứng").fill("Quyết định phê duyệt số 1520/QĐ-UBND");
    await page.getByRole("button", { name: "Lưu tiến độ" }).click();
    await expect(page.getByText("Đã cập nhật tiến độ.")).toBeVisible();
    await page.getByRole("link", { name: "← Danh sách nhiệm vụ" }).click();
    await expect(rowOf(page, TASKS[0]![0] as string)).toContainText("Hoàn thành");
  });

  await test.step("Chấm điểm: the merged department's new leader self-scores and submits; the secretariat approves", async () => {
    await moveStage(page, "Đang thực hiện", "Bắt đầu chấm điểm", "Đang chấm điểm", true);
    const leader = await leaderOfTheMergedDepartment(browser, baseURL);
    await leader.goto(`${yearPath}/cham-diem`);
    await expect(leader.getByRole("heading", { name: /Bảng tự chấm/ })).toBeVisible(PAGE_READY);
    await expect(leader.getByRole("textbox", { name: /, tiêu chí II\.1$/ })).toHaveCount(1); // its own row only
    await typeScore(leader, NNMT, "II.1", "7,5");
    await leader.getByRole("button", { name: `Nộp phiếu tự chấm của ${NNMT}` }).click();
    await expect(leader.getByTestId("sheet-status")).toHaveText("Đã nộp, chờ duyệt");
    await leader.context().close();

    await openScoreStage(page, "Tự chấm");
    const sheet = page.getByRole("listitem", { name: `Phiếu của ${NNMT}` });
    await sheet.getByRole("button", { name: "Duyệt phiếu" }).click();
    await expect(sheet.getByTestId("sheet-status")).toHaveText("Đã duyệt");
  });

  await test.step("Chấm điểm: cross-check, then final scores for the six members only", async () => {
    await openScoreStage(page, "Kiểm tra chéo");
    for (const departed of DEPARTED)
      await expect(page.getByRole("rowheader", { name: departed })).toHaveCount(0);
    await typeScore(page, NNMT, "II.1", "8");
    await openScoreStage(page, "Chấm cuối");
    for (const departed of DEPARTED)
      await expect(page.getByRole("rowheader", { name: departed })).toHaveCount(0);
    await enterMissingFinalScores(page, { units: 6 });
  });

  await test.step("Bỏ phiếu & đề nghị: a ballot per award and a proposal for the leading unit", async () => {
    await openTab(page, "Bỏ phiếu & đề nghị");
    await expect(page.getByText(/khối có 6 thành viên/)).toBeVisible();
    for (const form of await page.getByRole("form", { name: /^Phiếu .+ – / }).all()) {
      await form.getByLabel(/Số phiếu đồng ý/).fill("5");
      await form.getByLabel(/Số đại biểu có mặt/).fill("6");
      await form.getByRole("button", { name: "Lưu" }).click();
      await expect(form.getByText("Đã lưu.")).toBeVisible();
    }
    await page
      .getByRole("button", { name: /^Đề nghị .+ cho / })
      .first()
      .click();
    await expect(page.getByRole("heading", { name: "Đề nghị khen thưởng (1)" })).toBeVisible();
  });

  await test.step("Khiếu nại: a 5-day window; the merged department objects with a paper; one answer changes its final score", async () => {
    await openTab(page, "Khiếu nại");
    const windowPanel = page.getByRole("region", { name: "Thời hạn khiếu nại về điểm" });
    await expect(windowPanel.getByRole("status")).toHaveText(
      "Khối chưa mở thời hạn khiếu nại về điểm của năm này.",
    );
    const days = windowPanel.getByLabel("Số ngày nhận khiếu nại, kể từ hôm nay");
    await days.fill("31");
    await windowPanel.getByRole("button", { name: "Mở thời hạn khiếu nại" }).click();
    await expect(windowPanel.getByText("Thời hạn khiếu nại tối đa 30 ngày.")).toBeVisible();
    await days.fill("5");
    await windowPanel.getByRole("button", { name: "Mở thời hạn khiếu nại" }).click();
    await expect(windowPanel.getByRole("status")).toHaveText(
      /^Đang trong thời hạn khiếu nại: từ ngày .+ \(còn 5 ngày\)\.$/,
    );

    const leader = await signedInPage(browser, baseURL, `lanhdao.nnmt.${RUN}`, NEW_PASSWORD);
    // The year's overview tells the member the window is open and leads to the form.
    await leader.goto(yearPath);
    await expect(leader.getByText(/^Đang trong thời hạn khiếu nại: .+\(còn 5 ngày\)\./)).toBeVisible();
    await leader.getByRole("link", { name: "Xem và gửi khiếu nại về điểm" }).click();
    const form = leader.getByRole("region", { name: "Gửi khiếu nại về điểm của đơn vị" });
    const criterion = form.getByLabel("Tiêu chí bị khiếu nại");
    const optionOf = async (code: string) =>
      (await criterion
        .locator("option", { hasText: new RegExp(`^${code.replace(".", "\\.")}\\. `) })
        .textContent()) ?? "";
    await criterion.selectOption({ label: await optionOf("II.1") });
    await expect(form.getByText("(hiện tại: 5,00)")).toBeVisible(); // the final figure the secretariat typed
    await form.getByRole("button", { name: "Gửi khiếu nại" }).click();
    await expect(form.getByText("Vui lòng nhập nội dung khiếu nại.")).toBeVisible();
    await form
      .getByLabel("Nội dung khiếu nại")
      .fill("Sở đã hoàn thành quy hoạch đúng hạn (Báo cáo 12/BC-SNNMT).");
    await form.getByRole("button", { name: "Gửi khiếu nại" }).click();
    await expect(form.getByText(/^Đã gửi khiếu nại số 1\./)).toBeVisible();
    // The second from the final grid: its own cell links to the form, filled in for that figure.
    await openScoreStage(leader, "Chấm cuối");
    await leader.getByRole("link", { name: `${NNMT}, tiêu chí II.2: 5,00 – khiếu nại điểm này` }).click();
    await expect(criterion.locator("option:checked")).toHaveText(/^II\.2\. /);
    await expect(form.getByRole("radio", { name: /^Điểm chấm cuối/ })).toBeChecked();
    await form.getByLabel("Nội dung khiếu nại").fill("Điểm chấm cuối chưa tính báo cáo bổ sung.");
    await form.getByRole("button", { name: "Gửi khiếu nại" }).click();
    await expect(form.getByText(/^Đã gửi khiếu nại số 2\./)).toBeVisible();
    const first = leader.getByRole("article", { name: `Khiếu nại số 1 · ${NNMT}` });
    await first.getByLabel("Đính kèm tệp minh chứng").setInputFiles({
      name: "bao-cao-12.pdf",
      mimeType: "application/pdf",
      // A scan, as papers are: 2 MB, past the 1 MB a request body may have through the proxy.
      buffer: Buffer.concat([
        Buffer.from("%PDF-1.7\n% báo cáo quy hoạch\n"),
        Buffer.alloc(2 * 1024 * 1024, 0x20),
      ]),
    });
    await first.getByRole("button", { name: "Tải lên" }).click();
    await expect(first.getByRole("link", { name: "bao-cao-12.pdf" })).toBeVisible();

    await page.reload();
    const answer = page.getByRole("article", { name: `Khiếu nại số 1 · ${NNMT}` });
    await expect(answer.getByRole("link", { name: "bao-cao-12.pdf" })).toBeVisible();
    await answer.getByLabel("Điểm chấm cuối sau giải quyết (tối đa 8,00)").fill("9");
    await answer.getByLabel("Ý kiến giải quyết").fill("Đối chiếu Báo cáo 12/BC-SNNMT: hoàn thành đúng hạn.");
    // Over the maximum: refused at once, without asking to confirm an answer that cannot stand.
    await answer.getByRole("button", { name: "Ghi kết quả giải quyết" }).click();
    await expect(answer.getByText("Điểm tiêu chí II.1 không được vượt 8,00.")).toBeVisible();
    await answer.getByLabel("Điểm chấm cuối sau giải quyết (tối đa 8,00)").fill("7,5");
    page.once("dialog", (dialog) => void dialog.accept());
    await answer.getByRole("button", { name: "Ghi kết quả giải quyết" }).click();
    await expect(answer.getByText("Chấp nhận: điểm chấm cuối điều chỉnh thành 7,50.")).toBeVisible();
    await openScoreStage(page, "Chấm cuối");
    await expect(page.getByRole("textbox", { name: `${NNMT}, tiêu chí II.1` })).toHaveValue("7,5");

    // The member sees the answer; the other objection still waits.
    await leader.reload();
    await expect(first.getByText("Được chấp nhận")).toBeVisible();
    await expect(leader.getByRole("article", { name: `Khiếu nại số 2 · ${NNMT}` })).toContainText(
      "Chờ giải quyết",
    );
    await leader.context().close();
  });

  await test.step("Công bố: the checklist holds but for the stated reasons; 2025 is published as snapshot 1", async () => {
    await moveStage(page, "Đang chấm điểm", "Thông qua kết quả chấm, chờ công bố", "Chờ công bố", true);
    await openTab(page, "Công bố");
    const checklist = page.getByRole("region", { name: "Kiểm tra trước khi công bố" });
    await expect(checklist.getByText(/nhiệm vụ đã quá hạn mà chưa kết thúc: số 2/)).toBeVisible();
    await expect(
      checklist.getByText(
        /: 1 khiếu nại về điểm chưa được giải quyết: số 2 \(Sở Nông nghiệp và Môi trường, tiêu chí II\.2\)\.$/,
      ),
    ).toBeVisible();
    await giveOverrideReasons(page, OVERRIDE_REASON);
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Công bố kết quả" }).click();
    const snapshot = page.getByRole("region", { name: /Bảng tổng hợp điểm, xếp hạng năm 2025 – bản số 1/ });
    await expect(snapshot).toBeVisible(PAGE_READY);
    await expect(snapshot.getByRole("rowheader")).toHaveCount(6);
  });

  await test.step("the minutes, the public page and the conference screen show the six 2025 members and snapshot 1", async () => {
    await page.goto(`${yearPath}/bien-ban`);
    await expect(page.getByText(/đại diện lãnh đạo 6 đơn vị thành viên/)).toBeVisible(PAGE_READY);
    await expect(page.getByText(/Kết quả công bố lần 1, ngày/).first()).toBeVisible();
    for (const departed of DEPARTED) await expect(page.getByText(departed)).toHaveCount(0);
    // The award shown is the one proposal made, as a proposal, not the engine's candidates.
    await expect(page.getByRole("listitem").filter({ hasText: "(đã đề nghị)" })).toHaveCount(1);
    const objections = page.getByRole("region", {
      name: "Khiếu nại về kết quả chấm điểm và việc giải quyết",
    });
    await expect(objections.getByRole("listitem")).toHaveText([
      /^Khiếu nại số 1 của Sở Nông nghiệp và Môi trường .* Được chấp nhận ngày .+, điểm chấm cuối điều chỉnh thành 7,50: /,
      /^Khiếu nại số 2 .* Chưa được giải quyết khi công bố kết quả\.$/,
    ]);
  });

  await test.step("Văn bản: the tờ trình refuses a blank number and a day that does not exist, then downloads as .docx", async () => {
    const letter = page.getByRole("form", { name: "Tờ trình đề nghị khen thưởng" });
    await letter.getByLabel("Số, ký hiệu").fill("");
    await letter.getByLabel("Ngày ban hành").fill("31/02/2026");
    await letter.getByRole("button", { name: "Tải về (.docx)" }).click();
    await expect(letter.getByText("Vui lòng nhập số, ký hiệu.")).toBeVisible();
    await expect(letter.getByText("Ngày ban hành không hợp lệ.")).toBeVisible();
    await letter.getByLabel("Số, ký hiệu").fill("07/TTr-KTKT");
    await letter.getByLabel("Ngày ban hành").fill("15/01/2026");
    const downloading = page.waitForEvent("download");
    await letter.getByRole("button", { name: "Tải về (.docx)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("Tờ trình đề nghị khen thưởng 2025.docx");
    const { value: text } = await mammoth.extractRawText({ path: await download.path() });
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Số: 07/TTr-KTKT");
    expect(text).toContain("Yên Bái, ngày 15 tháng 01 năm 2026");
    expect(text).toContain("Kết quả công bố lần 1");
    expect(text).toContain("TRƯỞNG KHỐI");
    for (const departed of DEPARTED) expect(text).not.toContain(departed);
    await expect(letter.getByText("Đã tạo tệp.")).toBeVisible();
  });

  await test.step("the public page and the conference screen show the six 2025 members and snapshot 1", async () => {
    const publicPath = yearPath.replace(/^\/khoi\//, "/ket-qua/");
    await page.goto(publicPath);
    await expect(page.getByText(/Kết quả công bố lần 1, ngày/).first()).toBeVisible(PAGE_READY);
    for (const unit of MEMBERS_2025)
      await expect(page.getByRole("rowheader", { name: startsWith(unit) })).toBeVisible();
    for (const departed of DEPARTED) await expect(page.getByText(departed)).toHaveCount(0);

    await page.goto(yearPath.replace(/^\/khoi\//, "/hoi-nghi/"));
    await expect(page.getByRole("heading", { level: 1, name: KTKT })).toBeVisible(PAGE_READY);
    await expect(page.getByText(/Kết quả công bố lần 1, ngày/).first()).toBeVisible();
  });

  await test.step("Tạo năm 2026 from the published 2025: its six members, no merger left to apply", async () => {
    await page.goto("/khoi");
    await blocCard(page).getByRole("button", { name: "Tạo năm 2026" }).click();
    const preview = blocCard(page).getByRole("region", { name: "Thành viên dự kiến năm 2026" });
    await expect(
      preview.getByRole("heading", { name: "Thành viên năm 2026: 6 đơn vị đến 31/12/2026" }),
    ).toBeVisible();
    await blocCard(page).getByRole("button", { name: "Xác nhận tạo năm 2026" }).click();
    await expect(page.getByRole("heading", { name: "Thành viên năm 2026 (6)" })).toBeVisible();
    for (const unit of MEMBERS_2025)
      await expect(page.getByRole("rowheader", { name: startsWith(unit) })).toBeVisible();
  });

  await test.step("2026: the best level asks for key tasks on time; a key task done late keeps its unit one level down, named on its page", async () => {
    // Levels any total reaches, so that the key task is what decides.
    await openTab(page, "Bảng điểm & quy tắc");
    const rules = page.getByRole("form", { name: "Quy tắc chấm điểm" });
    for (const index of [0, 1, 2]) await rules.getByLabel("Điểm tối thiểu").nth(index).fill("0");
    await rules
      .getByLabel("Nhiệm vụ trọng tâm")
      .first()
      .selectOption({ label: "Mọi nhiệm vụ trọng tâm hoàn thành đúng hạn" });
    await saveRules(rules);
    await expect(rules.getByLabel("Nhiệm vụ trọng tâm").first()).toHaveValue("allOnTime");

    await moveStage(page, "Đang chuẩn bị", "Bắt đầu triển khai", "Đang thực hiện", true);
    await openTab(page, "Nhiệm vụ");
    await page.getByRole("link", { name: "Thêm nhiệm vụ" }).click();
    await page.getByLabel("Nội dung nhiệm vụ").fill(KEY_TASK);
    await page.getByLabel("Đơn vị chủ trì").selectOption({ label: XD });
    await page.getByLabel("Hạn hoàn thành").fill("31/03/2026");
    await page.getByLabel("Không có", { exact: true }).check();
    await page.getByLabel("Nhiệm vụ trọng tâm").check();
    await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    await expect(page.getByText("Đã thêm nhiệm vụ số 1.")).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Nhiệm vụ số 1\s*Trọng tâm$/ })).toBeVisible();
    await page.getByLabel("Trạng thái").selectOption({ label: "Hoàn thành" });
    await page.getByLabel("Ngày hoàn thành").fill("10/04/2026");
    await page.getByRole("button", { name: "Lưu tiến độ" }).click();
    await expect(page.getByText("Đã cập nhật tiến độ.")).toBeVisible();

    await openTab(page, "Xếp hạng");
    await rowOf(page, XD)
      .getByRole("link", { name: startsWith(XD) })
      .click();
    await expect(classificationOf(page)).toHaveText("Hoàn thành tốt nhiệm vụ", PAGE_READY);
    await expect(page.getByRole("list", { name: "Vì sao chưa xếp loại cao hơn" })).toHaveText(
      `Chưa xếp loại “Hoàn thành xuất sắc nhiệm vụ”: nhiệm vụ trọng tâm số 1 “${KEY_TASK}” hoàn thành trễ 10 ngày.`,
    );

    // Late is enough when the level only asks that no key task is left undone.
    await openTab(page, "Bảng điểm & quy tắc");
    await rules
      .getByLabel("Nhiệm vụ trọng tâm")
      .first()
      .selectOption({ label: "Không có nhiệm vụ trọng tâm nào chưa hoàn thành" });
    await saveRules(rules);
    await openTab(page, "Xếp hạng");
    await rowOf(page, XD)
      .getByRole("link", { name: startsWith(XD) })
      .click();
    await expect(classificationOf(page)).toHaveText("Hoàn thành xuất sắc nhiệm vụ", PAGE_READY);
    await expect(page.getByRole("list", { name: "Vì sao chưa xếp loại cao hơn" })).toHaveCount(0);
  });

  await test.step("2026: three units cross-check each other; each leader enters its own sheet; the ranking takes the median", async () => {
    const path2026 = new URL(page.url()).pathname.replace(/\/xep-hang\/.*$/, "");
    await openTab(page, "Bảng điểm & quy tắc");
    const rules = page.getByRole("form", { name: "Quy tắc chấm điểm" });
    await rules
      .getByLabel("Ai chấm kiểm tra chéo")
      .selectOption({ label: "Đơn vị được phân công chấm chéo các đơn vị được giao" });
    await rules
      .getByLabel("Điểm kiểm tra chéo của một đơn vị khi có nhiều đơn vị chấm")
      .selectOption({ label: "Trung vị" });
    for (const [scorer, scored] of PEERS) await rules.getByLabel(`${scorer} chấm chéo ${scored}`).check();
    await saveRules(rules);
    await moveStage(page, "Đang thực hiện", "Bắt đầu chấm điểm", "Đang chấm điểm", true);

    // II.1 is worth 8,00: XD gets 8 and 6 from its two scorers, a median of 7,00.
    const sheets: [unit: string, leader: Page, scores: Record<string, string>][] = [
      [
        NNMT,
        await signedInPage(browser, baseURL, `lanhdao.nnmt.${RUN}`, NEW_PASSWORD),
        { [CT]: "7", [XD]: "8" },
      ],
      [CT, await signedInPage(browser, baseURL, "lanhdao.congthuong"), { [NNMT]: "7,5", [XD]: "6" }],
      [XD, await newLeader(browser, baseURL, XD, `lanhdao.xd.${RUN}`), { [NNMT]: "6,5", [CT]: "8" }],
    ];
    for (const [unit, leader, scores] of sheets) {
      await leader.goto(`${path2026}/cham-diem?giai-doan=kiem-tra-cheo`);
      await expect(leader.getByRole("region", { name: "Phiếu chấm chéo" })).toContainText(
        `Phiếu chấm chéo của ${unit}`,
        PAGE_READY,
      );
      // Its sheet has a row for each unit it checks, none for itself.
      await expect(leader.getByRole("rowheader")).toHaveCount(2);
      for (const [scored, value] of Object.entries(scores)) await typeScore(leader, scored, "II.1", value);
      await leader.context().close();
    }

    await openTab(page, "Xếp hạng");
    await rowOf(page, XD)
      .getByRole("link", { name: startsWith(XD) })
      .click();
    await expect(
      page.getByText(/điểm kiểm tra chéo \(trung vị của 2 đơn vị chấm: .+\): 7,00 điểm/),
    ).toBeVisible(PAGE_READY);
  });
});
