import "server-only";
import { headers } from "next/headers";
import { trustedProxyHops } from "./trusted-proxy";

/**
 * The address this request reached the server at (e.g. the hall's local network address), for a
 * link phones must open: the QR codes of a ballot.
 */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  // Forwarded headers are the client's own word unless a proxy we trust set them.
  const proxied = trustedProxyHops(process.env) > 0;
  const host = (proxied && list.get("x-forwarded-host")) || list.get("host") || "127.0.0.1";
  const protocol = (proxied && list.get("x-forwarded-proto")?.split(",")[0]?.trim()) || "http";
  return `${protocol}://${host}`;
}
