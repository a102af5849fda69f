/**
 * Why the server cannot sign anyone in, or null. Production needs a secret of its own: without one
 * next-auth refuses every sign-in with a 500 whose cause is only in the log, so the server stops
 * at start-up instead and says what to set. Development falls back to next-auth's own.
 */
export function missingAuthSecret(env: NodeJS.ProcessEnv): string | null {
  if (env.NODE_ENV !== "production") return null;
  // next-auth reads AUTH_SECRET when NEXTAUTH_SECRET is unset.
  if ((env.NEXTAUTH_SECRET ?? env.AUTH_SECRET ?? "").trim().length > 0) return null;
  return (
    "Chưa đặt NEXTAUTH_SECRET: máy chủ không thể cấp phiên đăng nhập nên sẽ dừng. " +
    "Hãy đặt một chuỗi ngẫu nhiên dài (ví dụ `openssl rand -base64 32`) trong biến môi trường hoặc tệp .env " +
    "rồi khởi động lại. (NEXTAUTH_SECRET is not set; the server stops.)"
  );
}
