/**
 * Points as people type them in Vietnamese ("8,5", "0,25", "10"): a comma (or a dot) before at
 * most two decimals. Returns centipoints, or an error message in Vietnamese. An empty text
 * means "no score" (the cell is cleared).
 */
export type ParsedPoints = { ok: true; centipoints: number | null } | { ok: false; error: string };

const POINTS_PATTERN = /^(\d{1,7})(?:[.,](\d{1,2}))?$/;

export function parsePoints(text: string): ParsedPoints {
  const trimmed = text.trim().replace(/\s+/g, "");
  if (trimmed === "") return { ok: true, centipoints: null };
  if (trimmed.startsWith("-")) return { ok: false, error: "Điểm không được âm (điểm trừ nhập số dương)." };
  // "1.000" reads as one thousand to a Vietnamese eye and as 1 to an English one: ask, don't guess.
  if (/^\d{1,3}(\.\d{3})+$/.test(trimmed))
    return {
      ok: false,
      error: `Không rõ “${trimmed}” là số hàng nghìn hay số thập phân: nhập điểm với dấu phẩy thập phân, ví dụ 1 hoặc 8,5.`,
    };
  if (/^\d+[.,]\d{3,}$/.test(trimmed)) return { ok: false, error: "Điểm chỉ lấy tối đa 2 chữ số thập phân." };
  const match = POINTS_PATTERN.exec(trimmed);
  if (!match) return { ok: false, error: "Điểm phải là một số, ví dụ 8,5." };
  const whole = Number(match[1]);
  const decimals = (match[2] ?? "").padEnd(2, "0");
  return { ok: true, centipoints: whole * 100 + Number(decimals) };
}

/** Centipoints as the cell shows them for editing: "8,5", "10", "0,25" (no trailing zeros). */
export function pointsForInput(centipoints: number | null | undefined): string {
  if (centipoints === null || centipoints === undefined) return "";
  const whole = Math.floor(centipoints / 100);
  const cents = centipoints % 100;
  if (cents === 0) return String(whole);
  const decimals = String(cents).padStart(2, "0").replace(/0$/, "");
  return `${whole},${decimals}`;
}
