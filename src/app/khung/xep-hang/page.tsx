import type { Metadata } from "next";
import { RankingsShell } from "@/components/rankings/rankings-shell";
import { endSessionsAction } from "../../(signed-in)/actions";

export const metadata: Metadata = { title: "Xếp hạng" };

// Prerendered once at build: src/proxy.ts serves the build's HTML of it for
// /khoi/<bloc>/<year>/xep-hang (with a policy that allows its inline scripts by their hashes) and
// this page for client navigations there. Opened at its own address, it says "not found".
export const dynamic = "force-static";

export default function RankingsShellPage() {
  return <RankingsShell endSessions={endSessionsAction} />;
}
