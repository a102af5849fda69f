"use client";

import { usePathname } from "next/navigation";
import { SESSION_EXPIRED } from "@/domain/accounts/session-expired";
import { signInAddress } from "@/domain/accounts/sign-in-address";

/**
 * A form's or a cell's error as text, with a link to sign in again when the session has ended;
 * signing in leads back to this page.
 */
export function ErrorMessage({ message }: { message: string }) {
  const pathname = usePathname();
  if (message !== SESSION_EXPIRED) return <>{message}</>;
  return (
    <>
      {message} {/* A whole page load: the signed-in pages keep nothing of the old session. */}
      <a
        href={signInAddress(pathname)}
        // The query too (a grid's stage, a page's filters), read when followed.
        onClick={(event) => {
          event.currentTarget.href = signInAddress(`${location.pathname}${location.search}`);
        }}
        className="font-medium underline"
      >
        Đăng nhập lại
      </a>
    </>
  );
}
