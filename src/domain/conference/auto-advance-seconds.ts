export const DEFAULT_AUTO_ADVANCE_SECONDS = 10;
export const AUTO_ADVANCE_LIMITS = { min: 1, max: 600 } as const;

/**
 * The interval the operator typed, kept within the limits; a value outside them is not ignored
 * silently (0 would otherwise look like a show that never moves): the problem says what is used.
 */
export function readAutoAdvanceSeconds(text: string): { seconds: number; problem: string | null } {
  const { min, max } = AUTO_ADVANCE_LIMITS;
  const typed = Number(text.trim().replace(",", "."));
  if (text.trim() === "" || !Number.isFinite(typed))
    return {
      seconds: DEFAULT_AUTO_ADVANCE_SECONDS,
      problem: `Nhập số giây từ ${min} đến ${max}; đang dùng ${DEFAULT_AUTO_ADVANCE_SECONDS} giây.`,
    };
  const seconds = Math.min(max, Math.max(min, Math.round(typed)));
  if (seconds === typed) return { seconds, problem: null };
  return { seconds, problem: `Số giây từ ${min} đến ${max}; đang dùng ${seconds} giây.` };
}
