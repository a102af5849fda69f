import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { getConferenceData } from "@/server/queries/conference/get-conference-data";
import { getBlocYearHeader } from "@/server/queries/get-bloc-year-header";
import { ConferenceScreen } from "./conference-screen";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Màn hình hội nghị" };

/**
 * The projector view of a bloc-year, outside the app's chrome. Every byte it needs is in the page:
 * a published year never fetches again, so the screen survives a dropped network.
 */
export default async function ConferencePage({ params }: Props) {
  const { blocId, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const user = await requireSessionUser();
  const header = await getBlocYearHeader(user, blocId, Number(year));
  if (!header) notFound();
  const data = await getConferenceData(db, user, { blocYearId: header.id });
  if (!data) notFound();
  return (
    <ConferenceScreen
      initial={data}
      dataUrl={`/hoi-nghi/${header.bloc.id}/${header.year}/du-lieu`}
      eventsUrl={`/api/su-kien/${header.id}`}
      backUrl={`/khoi/${header.bloc.id}/${header.year}`}
    />
  );
}
