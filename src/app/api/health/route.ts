import { db } from "@/server/db";
import { checkHealth } from "@/server/health/check-health";

export const dynamic = "force-dynamic";

/** 200 when this instance can serve (database reachable, migrations current), else 503. */
export async function GET(): Promise<Response> {
  const report = await checkHealth(db);
  return Response.json(report, {
    status: report.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
