"use client";

import { useState, useTransition } from "react";
import { forgetConferenceScreens } from "./conference/offline-screen-cache";

type Props = {
  /** Ends the sessions on the server and drops this browser's session cookie (a server action). */
  endSessions: () => Promise<unknown>;
  label?: string;
  className?: string;
};

export function SignOutButton({
  endSessions,
  label = "Đăng xuất",
  className = "rounded-md border border-white/40 px-3 py-1.5 text-sm hover:bg-white/10",
}: Props) {
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const onClick = () =>
    startTransition(async () => {
      setFailed(false);
      try {
        // A session that has already ended answers "expired": the cookie still goes.
        await endSessions();
      } catch {
        // Keep the cookie: dropping it would look like a sign-out while the session lives on.
        setFailed(true);
        return;
      }
      // Conference screens kept for offline reloads show what this person may see.
      await forgetConferenceScreens();
      // A whole new page, replacing this one: nothing of the signed-in pages stays in the
      // browser's memory, and Back does not lead into them.
      window.location.replace("/dang-nhap");
    });
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button type="button" onClick={onClick} disabled={pending} className={className}>
        {pending ? "Đang đăng xuất…" : label}
      </button>
      {failed && (
        <span role="alert" className="text-xs">
          Chưa đăng xuất được. Vui lòng thử lại.
        </span>
      )}
    </span>
  );
}
