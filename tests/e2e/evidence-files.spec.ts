import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

const KTKT = "Khối thi đua các cơ quan kinh tế – kỹ thuật";
const PDF = Buffer.from("%PDF-1.4\n% Quyết định công nhận sáng kiến\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

test.describe.configure({ timeout: 90_000 });
// A phone's width: the file lists, the upload control and the remove button must still work.
test.use({ viewport: { width: 390, height: 844 } });

/** Signs in and opens KTKT 2024's overview; returns its address. */
async function openYear(page: Page, username: string): Promise<string> {
  await signIn(page, username);
  await page
    .getByRole("listitem")
    .filter({ hasText: KTKT })
    .getByRole("link", { name: /Năm 2024/ })
    .click();
  await expect(page).toHaveURL(/\/2024$/);
  return page.url();
}

test("a leader attaches a PDF to their own self-score line", async ({ page }) => {
  const year = await openYear(page, "lanhdao.tnmt");
  await page.goto(`${year}/cham-diem`);
  const cell = page.getByRole("textbox", { name: "Sở Tài nguyên và Môi trường, tiêu chí II.3" });
  await cell.click();
  const panel = page.getByRole("complementary", { name: "Chi tiết ô điểm" });
  await expect(panel.getByText("Lưu điểm cho ô này trước, rồi đính kèm tệp minh chứng.")).toBeVisible();
  await cell.fill("5");
  await cell.press("Tab");
  await cell.click();

  await expect(panel.getByText("tối đa 10 MB mỗi tệp")).toBeVisible();
  // The field speaks Vietnamese, not the browser's "Choose File / No file chosen".
  await expect(panel.getByText("Chưa chọn tệp")).toBeVisible();
  await panel.getByLabel("Đính kèm tệp minh chứng").setInputFiles({
    name: "Quyết định sáng kiến.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await expect(panel.getByText("Quyết định sáng kiến.pdf", { exact: true })).toBeVisible();
  await panel.getByRole("button", { name: "Tải lên" }).click();
  await expect(panel.getByRole("status")).toHaveText("Đã đính kèm Quyết định sáng kiến.pdf.");
  const link = panel.getByRole("link", { name: "Quyết định sáng kiến.pdf" });
  await expect(link).toBeVisible();

  // A file that is not what it claims is refused next to the control.
  await panel.getByLabel("Đính kèm tệp minh chứng").setInputFiles({
    name: "bao-cao.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await panel.getByRole("button", { name: "Tải lên" }).click();
  await expect(panel.getByRole("alert")).toContainText(
    "Nội dung tệp không phải PDF như đuôi .pdf của tên tệp (tệp bị đổi tên hoặc bị hỏng). Chỉ nhận tệp PDF, ảnh JPEG/PNG",
  );

  const served = await page.request.get((await link.getAttribute("href"))!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("application/pdf");
});

test("the secretariat attaches an image to a task and downloads it, then removes it", async ({ page }) => {
  const year = await openYear(page, "thuky.ktkt");
  await page.goto(`${year}/nhiem-vu/8`);
  const files = page.getByRole("region", { name: "Tệp minh chứng" });
  await expect(files.getByText("Chưa có tệp minh chứng.")).toBeVisible();
  await files.getByLabel("Đính kèm tệp minh chứng").setInputFiles({
    name: "Ảnh hiện trường.png",
    mimeType: "image/png",
    buffer: PNG,
  });
  await files.getByRole("button", { name: "Tải lên" }).click();
  const link = files.getByRole("link", { name: "Ảnh hiện trường.png" });
  await expect(link).toBeVisible();
  await expect(files.getByText("(12 byte)")).toBeVisible();

  const download = page.waitForEvent("download");
  await link.click();
  expect((await download).suggestedFilename()).toBe("Ảnh hiện trường.png");
  const served = await page.request.get((await link.getAttribute("href"))!);
  expect(served.status()).toBe(200);
  const headers = served.headers();
  expect(headers["content-type"]).toBe("image/png");
  expect(headers["content-disposition"]).toBe(
    `attachment; filename="Anh hien truong.png"; filename*=UTF-8''%E1%BA%A2nh%20hi%E1%BB%87n%20tr%C6%B0%E1%BB%9Dng.png`,
  );
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cache-control"]).toBe("private, no-store");
  expect(await served.body()).toEqual(PNG);

  page.once("dialog", (dialog) => void dialog.accept());
  await files.getByRole("button", { name: "Gỡ tệp Ảnh hiện trường.png" }).click();
  await expect(files.getByText("Chưa có tệp minh chứng.")).toBeVisible();
});
