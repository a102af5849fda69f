/** Vietnamese text for the codes the sign-in provider returns (server/auth/options.ts). */
export function signInErrorMessage(code: string): string {
  const locked = /^locked:(\d+)$/.exec(code);
  if (locked) {
    const minutes = Math.max(1, Math.ceil(Number(locked[1]) / 60));
    return `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
  }
  switch (code) {
    case "invalid-credentials":
    case "CredentialsSignin":
      return "Tên đăng nhập hoặc mật khẩu không đúng.";
    case "invalid-input":
      return "Thông tin đăng nhập không hợp lệ.";
    default:
      return "Không thể đăng nhập lúc này. Vui lòng thử lại sau ít phút.";
  }
}
