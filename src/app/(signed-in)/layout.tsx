import type { ReactNode } from "react";
import { RememberSignedInFrame } from "@/components/remember-frame";
import { SignedInFrame } from "@/components/signed-in-frame";
import { requireSignedInUser } from "@/server/auth/session";
import { mayAdministerProvince } from "@/server/authz";
import { signedInFrameFactsOf } from "@/server/queries/rankings/get-rankings-page";
import { endSessionsAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Each page asks requireSessionUser itself: the account page stays open to a user who must
  // replace a temporary password, and every other page sends them there.
  const user = await requireSignedInUser();
  return (
    <SignedInFrame user={user} showAdminLink={mayAdministerProvince(user)} endSessions={endSessionsAction}>
      <RememberSignedInFrame {...signedInFrameFactsOf(user)} />
      {children}
    </SignedInFrame>
  );
}
