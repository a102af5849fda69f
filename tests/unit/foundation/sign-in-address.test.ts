import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInAddress } from "@/domain/accounts/sign-in-address";

describe("where signing in returns to", () => {
  it.each([
    ["/khoi/cm123/2024/xep-hang", "/khoi/cm123/2024/xep-hang"],
    ["/khoi/cm123/2024/cham-diem?giai-doan=FINAL", "/khoi/cm123/2024/cham-diem?giai-doan=FINAL"],
    ["//evil.example/khoi", "/khoi"],
    ["/\\evil.example", "/khoi"],
    ["https://evil.example/khoi", "/khoi"],
    ["javascript:alert(1)", "/khoi"],
    ["khoi", "/khoi"],
    ["/dang-nhap?callbackUrl=/khoi", "/khoi"],
    ["", "/khoi"],
    [null, "/khoi"],
    [undefined, "/khoi"],
  ])("%s → %s", (asked, target) => {
    expect(safeCallbackUrl(asked)).toBe(target);
  });
});

describe("the sign-in address a signed-out visitor is sent to", () => {
  it("names the page they asked for, encoded", () => {
    expect(signInAddress("/khoi/cm123/2024/cham-diem?giai-doan=FINAL")).toBe(
      "/dang-nhap?callbackUrl=%2Fkhoi%2Fcm123%2F2024%2Fcham-diem%3Fgiai-doan%3DFINAL",
    );
  });

  it.each([["/khoi"], ["/"], ["/api/xep-hang/cm123/2024"], ["//evil.example"], [null]])(
    "names nothing for %s (the blocs page is where sign-in leads anyway)",
    (asked) => {
      expect(signInAddress(asked)).toBe("/dang-nhap");
    },
  );
});

it("says the session ended to a visitor who still held one, beside the page to return to", () => {
  expect(signInAddress("/khoi/cm123/2024/xep-hang", { sessionEnded: true })).toBe(
    "/dang-nhap?callbackUrl=%2Fkhoi%2Fcm123%2F2024%2Fxep-hang&het-phien=1",
  );
  expect(signInAddress("/khoi", { sessionEnded: true })).toBe("/dang-nhap?het-phien=1");
  expect(signInAddress("/khoi", { sessionEnded: false })).toBe("/dang-nhap");
});
