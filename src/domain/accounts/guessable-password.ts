/**
 * Character runs a person types without thinking; a password that is a stretch of one, read
 * either way, is guessed at once. Digits wrap round ("7890123456") as on the keyboard row.
 */
const RUNS = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

function isStretchOfRun(text: string): boolean {
  return RUNS.some((run) => {
    const forward = run.repeat(Math.ceil(text.length / run.length) + 1);
    const backward = [...forward].reverse().join("");
    return forward.includes(text) || backward.includes(text);
  });
}

/**
 * Why a password that meets the length rule is still too easy to guess, in words for the form,
 * or null. Compared without case, so "AAAAAAAAAA" and "ThuKy.KTKT2025" are refused too. The
 * username is looked for only when it is at least 3 characters, so a short one does not refuse
 * every password that happens to contain it.
 */
export function guessablePasswordProblem(password: string, username: string): string | null {
  const text = password.normalize("NFC").toLowerCase();
  const name = username.trim().normalize("NFC").toLowerCase();
  if (/^(.)\1*$/su.test(text)) return "Mật khẩu không được chỉ là một ký tự lặp lại (như aaaaaaaaaa).";
  if (isStretchOfRun(text))
    return "Mật khẩu không được là một dãy ký tự liền nhau dễ đoán (như 1234567890, abcdefghij, qwertyuiop).";
  if (name.length >= 3 && text.includes(name)) return "Mật khẩu không được chứa tên đăng nhập.";
  return null;
}
