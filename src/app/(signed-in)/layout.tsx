import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { requireSessionUser } from "@/server/auth/session";
import { mayAdministerProvince } from "@/server/authz";
import { endSessionsAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireSessionUser();
  return (
    <>
      <AppHeader user={user} showAdminLink={mayAdministerProvince(user)} endSessions={endSessionsAction} />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
