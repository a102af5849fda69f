import type { Metadata } from "next";
import QRCode from "qrcode";
import { requestOrigin } from "@/server/http/request-origin";
import { loadConferencePageData } from "@/server/queries/conference/conference-page-data";
import { ConferenceScreen } from "./conference-screen";

type Props = { params: Promise<{ blocId: string; year: string }> };

export const metadata: Metadata = { title: "Màn hình hội nghị" };

/**
 * The projector view of a bloc-year, outside the app's chrome. Every byte it needs is in the page:
 * a published year never fetches again, so the screen survives a dropped network.
 */
export default async function ConferencePage({ params }: Props) {
  const { header, data } = await loadConferencePageData(params);
  const ballotUrl = `${await requestOrigin()}/bo-phieu`;
  return (
    <ConferenceScreen
      initial={data}
      dataUrl={`/hoi-nghi/${header.bloc.id}/${header.year}/du-lieu`}
      eventsUrl={`/api/su-kien/${header.id}`}
      backUrl={`/khoi/${header.bloc.id}/${header.year}`}
      ballotEntry={{ url: ballotUrl, qrSvg: await QRCode.toString(ballotUrl, { type: "svg", margin: 1 }) }}
    />
  );
}
