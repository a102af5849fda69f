import "server-only";
import { notFound } from "next/navigation";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { getConferenceData } from "./get-conference-data";

/**
 * For the pages built on the conference data (projector screen, minutes): the signed-in user's
 * view of the bloc-year in the route, or the not-found page when it is not theirs to see.
 */
export async function loadConferencePageData(params: Promise<{ blocId: string; year: string }>) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const data = await getConferenceData(db, user, { blocYearId: header.id });
  if (!data) notFound();
  return { header, data };
}
