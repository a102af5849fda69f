import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "@/app/dang-nhap/sign-in-error";
import { signInSchema } from "@/schemas/sign-in";

describe("sign-in error messages", () => {
  it.each([
    ["invalid-credentials", "Tên đăng nhập hoặc mật khẩu không đúng."],
    ["CredentialsSignin", "Tên đăng nhập hoặc mật khẩu không đúng."],
    ["invalid-input", "Thông tin đăng nhập không hợp lệ."],
    ["locked:900", "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút."],
    ["locked:1", "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 1 phút."],
    [
      "Error: connect ECONNREFUSED 127.0.0.1:5432",
      "Không thể đăng nhập lúc này. Vui lòng thử lại sau ít phút.",
    ],
  ])("turns %j into a safe Vietnamese sentence", (code, message) => {
    expect(signInErrorMessage(code)).toBe(message);
  });
});

describe("sign-in input", () => {
  it.each([
    [{ username: "", password: "x" }, "Vui lòng nhập tên đăng nhập."],
    [{ username: "   ", password: "x" }, "Vui lòng nhập tên đăng nhập."],
    [{ username: "a", password: "" }, "Vui lòng nhập mật khẩu."],
    [{ username: "x".repeat(101), password: "x" }, "Tên đăng nhập quá dài (tối đa 100 ký tự)."],
    [{ username: "a\u0000b", password: "x" }, "Tên đăng nhập có ký tự không hợp lệ."],
    [{ username: "a", password: "x".repeat(201) }, "Mật khẩu quá dài (tối đa 200 ký tự)."],
  ])("refuses %j with %s", (input, message) => {
    const result = signInSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("normalises a decomposed Vietnamese username to NFC", () => {
    const decomposed = "thu\u0301y".normalize("NFD");
    expect(signInSchema.parse({ username: decomposed, password: "x" }).username).toBe("thúy");
  });
});
