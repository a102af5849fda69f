import { SESSION_EXPIRED } from "@/domain/accounts/session-expired";

/** A form's or a cell's error as text, with a link to sign in again when the session has ended. */
export function ErrorMessage({ message }: { message: string }) {
  if (message !== SESSION_EXPIRED) return <>{message}</>;
  return (
    <>
      {message} {/* A whole page load: the signed-in pages keep nothing of the old session. */}
      <a href="/dang-nhap" className="font-medium underline">
        Đăng nhập lại
      </a>
    </>
  );
}
