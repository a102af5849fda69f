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
    // On a 1024 px projector the parts wrap as whole phrases ("Trang 1/5" never splits).
    <footer className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 border-t border-slate-800 px-6 py-3 text-[clamp(0.9rem,1.8vh,2.8rem)] text-slate-300">
      <span>
        {data.bloc.name} · Năm {data.year}
      </span>
      <span data-testid="result-source" className="flex flex-wrap items-center gap-x-4">
        <span>
          {source.kind === "snapshot"
            ? snapshotLabel(source)
            : `Kết quả tạm tính đến ngày ${formatDate(source.asOf)}`}
        </span>
        {connection !== "static" && <ConnectionBadge state={connection} />}
        {offlineReady && <span className="whitespace-nowrap">Chiếu được khi mất mạng</span>}
      </span>
      <span className="whitespace-nowrap">{position}</span>
    </footer>
  );
}

function ConnectionBadge({ state }: { state: Exclude<ConnectionState, "static"> }) {
  const text = { connecting: "Đang kết nối…", open: "Cập nhật trực tiếp", lost: "Mất kết nối, đang thử lại" }[
    state
  ];
  const dot = { connecting: "bg-slate-400", open: "bg-emerald-400", lost: "bg-amber-400" }[state];
  return (
    <span role="status" className="inline-flex items-center gap-2 whitespace-nowrap">
      <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${dot}`} />
      {text}
    </span>
  );
}
