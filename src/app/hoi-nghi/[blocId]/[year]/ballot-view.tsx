import type { ConferenceBallot } from "@/domain/conference/conference-data";
import { SlideHeading } from "./slide-heading";

type Props = { ballot: ConferenceBallot; qrSvg: string; url: string };

// Beside the QR code on a 1024×768 projector: more would push the code off the slide.
const SHOWN_CANDIDATES = 6;

/**
 * The secret ballot on the projector: while open, the QR code to the voting page and how many
 * members have voted (live), never a result; once the secretariat closes it, the count.
 */
export function BallotView({ ballot, qrSvg, url }: Props) {
  const progress = `${ballot.voted}/${ballot.electorate} đơn vị đã bỏ phiếu`;
  if (ballot.status === "OPEN")
    return (
      <section aria-labelledby="slide-heading" className="flex h-full flex-col">
        <SlideHeading>Bỏ phiếu kín</SlideHeading>
        <div className="grid min-h-0 flex-1 items-center gap-[4vw] md:grid-cols-[auto_1fr]">
          {/* An SVG the qrcode library drew from this server's own address. */}
          <div
            role="img"
            aria-label={`Mã QR mở trang bỏ phiếu ${url}`}
            className="mx-auto aspect-square w-[min(40vh,80vw)] rounded-lg bg-white p-3"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <div className="space-y-[2vh] text-[clamp(1rem,2.4vh,2rem)]">
            <p>
              Quét mã QR hoặc mở <span className="font-mono text-amber-300">{url}</span>, nhập mã bỏ phiếu của
              đơn vị.
            </p>
            <p
              role="status"
              aria-live="polite"
              className="text-[clamp(1.5rem,6vh,4.5rem)] font-bold text-amber-300"
            >
              {progress}
            </p>
            <ul className="list-disc pl-6">
              {ballot.candidates.slice(0, SHOWN_CANDIDATES).map((candidate) => (
                <li key={`${candidate.unitName}-${candidate.awardName}`}>
                  {candidate.unitName} – {candidate.awardName}
                </li>
              ))}
              {ballot.candidates.length > SHOWN_CANDIDATES && (
                <li>và {ballot.candidates.length - SHOWN_CANDIDATES} ứng viên khác</li>
              )}
            </ul>
          </div>
        </div>
      </section>
    );
  return (
    <section aria-labelledby="slide-heading" className="flex h-full flex-col">
      <SlideHeading>Kết quả bỏ phiếu kín</SlideHeading>
      <p className="mb-[2vh] text-[clamp(1rem,2.6vh,2rem)]">
        {progress}
        {ballot.outcome && !ballot.outcome.quorumMet && " – không đủ túc số, kết quả không có giá trị"}
      </p>
      {ballot.outcome && !ballot.outcome.quorumMet ? null : ballot.outcome ? (
        <table className="w-full text-left text-[clamp(1rem,2.6vh,2rem)]">
          <thead className="text-slate-300">
            <tr>
              <th scope="col">Ứng viên</th>
              <th scope="col">Đồng ý</th>
              <th scope="col">Không đồng ý</th>
              <th scope="col">Không có ý kiến</th>
              <th scope="col">Kết quả</th>
            </tr>
          </thead>
          <tbody>
            {ballot.outcome.rows.map((row) => (
              <tr key={`${row.unitName}-${row.awardName}`} className="border-t border-slate-800">
                <th scope="row" className="py-[1vh] font-medium">
                  {row.unitName}
                  <span className="block text-[0.7em] text-slate-400">{row.awardName}</span>
                </th>
                <td>{row.agree}</td>
                <td>{row.disagree}</td>
                <td>{row.abstain}</td>
                <td className={row.passed ? "text-emerald-300" : "text-slate-400"}>
                  {row.passed === null ? "Không xét ngưỡng" : row.passed ? "Đạt" : "Không đạt"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Kết quả chỉ hiển thị cho người được xem điểm của các đơn vị.</p>
      )}
    </section>
  );
}
