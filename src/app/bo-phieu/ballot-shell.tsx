import type { ReactNode } from "react";

/** A phone-first page of its own: no sign-in, no navigation, large targets. */
export function BallotShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto max-w-lg px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
      {children}
    </main>
  );
}
