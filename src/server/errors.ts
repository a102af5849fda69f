/**
 * An expected failure whose message is safe to show the user as it is (Vietnamese).
 * Anything else thrown is unexpected: it goes to the log and error.tsx, never to the browser.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}

/** Several fields refused at once (checks that need the database), so a form shows them all together. */
export class FieldProblemsError extends UserFacingError {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super(Object.values(fieldErrors).flat().join(" "));
  }
}

export class ForbiddenError extends UserFacingError {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") {
    super(message);
  }
}

export class ConflictError extends UserFacingError {
  constructor(message = "Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.") {
    super(message);
  }
}

export class PublishedYearError extends UserFacingError {
  constructor() {
    super("Kết quả năm này đã công bố nên không thể sửa. Hãy tạo bản đính chính nếu cần.");
  }
}

/** A write the year's current stage does not allow; the message names the stage and the way on. */
export class StageRefusedError extends UserFacingError {}

const CONFLICT_SQLSTATES = new Set(["40001", "40P01"]);

/**
 * A serialization failure or deadlock the database resolved by aborting us: the other writer
 * won, so the user sees the ordinary conflict message instead of a server error.
 */
export function isTransactionConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as {
    code?: unknown;
    meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } };
  };
  if (code === "P2034") return true;
  if (typeof code === "string" && CONFLICT_SQLSTATES.has(code)) return true;
  const original = meta?.driverAdapterError?.cause?.originalCode ?? meta?.code;
  return typeof original === "string" && CONFLICT_SQLSTATES.has(original);
}
