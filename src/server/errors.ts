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
