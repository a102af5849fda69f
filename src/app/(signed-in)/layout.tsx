import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { requireSignedInUser } from "@/server/auth/session";
import { endSessionsAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Each page asks requireSessionUser itself: the account page stays open to a user who must
  // replace a temporary password, and every other page sends them there.
  const user = await requireSignedInUser();
  return (
    <>
      <AppHeader user={user} endSessions={endSessionsAction} />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
