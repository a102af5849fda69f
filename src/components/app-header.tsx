import Link from "@/components/app-link";
import { grantKindsLabel, type GrantKindCode } from "@/domain/vocabulary";
import { SignOutButton } from "./sign-out-button";

type Props = {
  user: { displayName: string; grants: { kind: GrantKindCode }[] };
  /** Whether to link the province administration (decided by the server's policy). */
  showAdminLink: boolean;
  /** The server action that ends the user's sessions (the header cannot import server code). */
  endSessions: () => Promise<unknown>;
};

export function AppHeader({ user, showAdminLink, endSessions }: Props) {
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/khoi" className="text-lg font-bold tracking-tight">
          ThiĐua
        </Link>
        <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-1">
          <p className="text-right text-sm leading-tight">
            <span className="block font-medium">{user.displayName}</span>
            <span className="block text-white/75">
              {grantKindsLabel(user.grants.map((grant) => grant.kind))}
            </span>
          </p>
          {showAdminLink && (
            // Straight to the administration's first page: through /quan-tri's redirect, a click on
            // another admin link made meanwhile could be overtaken by the redirect's landing.
            <Link href="/quan-tri/don-vi" className="text-sm underline-offset-2 hover:underline">
              Quản trị
            </Link>
          )}
          <Link href="/tai-khoan" className="text-sm underline-offset-2 hover:underline">
            Tài khoản
          </Link>
          <SignOutButton endSessions={endSessions} />
        </div>
      </div>
    </header>
  );
}
