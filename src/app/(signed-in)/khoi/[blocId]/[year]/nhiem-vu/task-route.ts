import "server-only";
import { notFound } from "next/navigation";
import { requireSessionUser } from "@/server/auth/session";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";

export type TaskRouteParams = Promise<{ blocId: string; year: string }>;

/** Every page of the tasks tab starts here: the signed-in user and a bloc-year they may see, or 404. */
export async function openTaskRoute(params: TaskRouteParams) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  return { user, header, basePath: `/khoi/${header.bloc.id}/${header.year}/nhiem-vu` };
}
