import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { SkipLink } from "@/components/skip-link";
import { requireSignedInUser } from "@/server/auth/session";
import { mayAdministerProvince } from "@/server/authz";
import { endSessionsAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Each page asks requireSessionUser itself: the account page stays open to a user who must
  // replace a temporary password, and every other page sends them there.
  const user = await requireSignedInUser();
  return (
    <>
      <SkipLink target="noi-dung">Đến nội dung chính</SkipLink>
      <AppHeader user={user} showAdminLink={mayAdministerProvince(user)} endSessions={endSessionsAction} />
      <main id="noi-dung" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
