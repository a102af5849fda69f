import type { ReactNode } from "react";
import type { GrantKindCode } from "@/domain/vocabulary";
import { AppHeader } from "./app-header";
import { SkipLink } from "./skip-link";

type Props = {
  user: { displayName: string; grants: { kind: GrantKindCode }[] };
  showAdminLink: boolean;
  endSessions: () => Promise<unknown>;
  children: ReactNode;
};

/** Every signed-in page's frame: the skip link, the app's header and the main region. */
export function SignedInFrame({ user, showAdminLink, endSessions, children }: Props) {
  return (
    <>
      <SkipLink target="noi-dung">Đến nội dung chính</SkipLink>
      <AppHeader user={user} showAdminLink={showAdminLink} endSessions={endSessions} />
      <main id="noi-dung" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
