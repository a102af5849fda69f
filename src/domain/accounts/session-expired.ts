/** What every action answers once the session is gone; forms that show it offer the way back in. */
export const SESSION_EXPIRED = "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.";
