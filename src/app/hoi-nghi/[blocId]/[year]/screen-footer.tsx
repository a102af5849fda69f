import type { ConferenceData } from "@/domain/conference/conference-data";
import { formatDate } from "@/domain/calendar";
import { snapshotLabel } from "@/domain/conference/display";
import type { ConnectionState } from "./use-live-conference";

type Props = {
  data: ConferenceData;
  connection: ConnectionState;
  position: string;
  /** A reload would bring the show back without a network (use-offline-screen). */
  offlineReady: boolean;
};

/** Where the figures come from: the published snapshot (number, day) or the live computation. */
export function ScreenFooter({ data, connection, position, offlineReady }: Props) {
  const { source } = data;
  return (
    <footer className="flex items-center justify-between gap-6 border-t border-slate-800 px-6 py-3 text-[clamp(0.9rem,1.8vh,2.8rem)] text-slate-300">
      <span>
        {data.bloc.name} · Năm {data.year}
      </span>
      <span data-testid="result-source">
        {source.kind === "snapshot"
          ? snapshotLabel(source)
          : `Kết quả tạm tính đến ngày ${formatDate(source.asOf)}`}
        {connection !== "static" && <ConnectionBadge state={connection} />}
        {offlineReady && <span className="ml-4">Chiếu được khi mất mạng</span>}
      </span>
      <span>{position}</span>
    </footer>
  );
}

function ConnectionBadge({ state }: { state: Exclude<ConnectionState, "static"> }) {
  const text = { connecting: "Đang kết nối…", open: "Cập nhật trực tiếp", lost: "Mất kết nối, đang thử lại" }[
    state
  ];
  const dot = { connecting: "bg-slate-400", open: "bg-emerald-400", lost: "bg-amber-400" }[state];
  return (
    <span role="status" className="ml-4 inline-flex items-center gap-2">
      <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${dot}`} />
      {text}
    </span>
  );
}
