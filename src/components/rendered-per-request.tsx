import { connection } from "next/server";
import type { ReactNode } from "react";

/**
 * The layout of every section of the app but the prerendered shells: rendered per request, since
 * Next puts the request's CSP nonce on a page's scripts only when it renders them (a page
 * prerendered at build would carry none, and the policy would block its scripts).
 */
export async function RenderedPerRequest({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
