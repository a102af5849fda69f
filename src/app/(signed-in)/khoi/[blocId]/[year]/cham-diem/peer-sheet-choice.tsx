import Link from "@/components/app-link";
import { CROSS_CHECK_COMBINE_LABEL } from "@/domain/vocabulary";
import type { PeerGrid } from "@/server/queries/scoring/peer-grid";

/**
 * Peer cross-checking: whose sheet the grid shows (its rows are the units that scorer checks),
 * the other sheets the user may open, and how the scorers' scores combine.
 */
export function PeerSheetChoice({ peer, href }: { peer: PeerGrid; href: (unitId: string) => string }) {
  return (
    <section
      aria-label="Phiếu chấm chéo"
      className="no-print mt-2 rounded-lg border border-stone-200 bg-white p-3"
    >
      <p className="text-sm">
        Phiếu chấm chéo của <strong>{peer.scorerName}</strong>
        {peer.onBehalf ? " (thư ký khối nhập thay)" : peer.mayEnter ? "" : " (chỉ xem)"}. Điểm kiểm tra chéo
        của mỗi đơn vị tính từ điểm các đơn vị chấm cho đơn vị đó, theo cách:{" "}
        {CROSS_CHECK_COMBINE_LABEL[peer.combine].toLowerCase()}.
      </p>
      {peer.choices.length > 1 && (
        <nav aria-label="Phiếu của đơn vị chấm" className="mt-2 flex flex-wrap gap-1 text-sm">
          {peer.choices.map((choice) => (
            <Link
              key={choice.unitId}
              href={href(choice.unitId)}
              aria-current={choice.unitId === peer.scorerUnitId ? "page" : undefined}
              className="rounded-md border border-stone-200 px-2 py-1 hover:bg-stone-50 aria-[current]:border-brand-700 aria-[current]:font-semibold"
            >
              {choice.name}
            </Link>
          ))}
        </nav>
      )}
    </section>
  );
}
