import { EvidenceFiles } from "@/components/evidence-files";
import { formatDateTime } from "@/components/format-date-time";
import { figureLabel } from "@/domain/disputes";
import { formatPoints } from "@/domain/format";
import { OBJECTION_STATUS_LABEL } from "@/domain/vocabulary";
import type { DisputeObjection } from "@/server/queries/disputes/get-dispute-board";
import { removeObjectionFileAction } from "./actions";
import { ResolveObjectionForm } from "./resolve-objection-form";

const STATUS_STYLE = {
  OPEN: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-stone-200 text-stone-800",
} as const;

/** One objection as its unit and the secretariat read it: what was disputed, why, the papers, the answer. */
export function ObjectionCard({ objection }: { objection: DisputeObjection }) {
  const figure = figureLabel(objection.stage);
  const was = objection.pointsObjected === null ? "chưa có điểm" : formatPoints(objection.pointsObjected);
  return (
    <article
      aria-labelledby={`objection-${objection.number}`}
      // A long unbroken word (a pasted link, a code) wraps instead of widening a phone's page.
      className="min-w-0 rounded-lg border border-stone-200 bg-white p-4 wrap-anywhere"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`objection-${objection.number}`} className="font-semibold">
          Khiếu nại số {objection.number} · {objection.unitName}
        </h3>
        <span className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${STATUS_STYLE[objection.status]}`}>
          {OBJECTION_STATUS_LABEL[objection.status]}
        </span>
      </header>
      <p className="mt-1 text-sm text-stone-700">
        Tiêu chí {objection.criterionCode}. {objection.criterionTitle} — {figure}: <strong>{was}</strong>
      </p>
      <p className="mt-2 text-sm whitespace-pre-line">{objection.reason}</p>
      <p className="mt-1 text-xs text-stone-500">
        {objection.filedByName} gửi lúc {formatDateTime(new Date(objection.filedAt))}
      </p>
      <h4 className="mt-3 text-sm font-medium text-stone-700">Tài liệu kèm theo</h4>
      {objection.files.length === 0 && !objection.mayAttach ? (
        <p className="text-sm text-stone-600">Không có tài liệu kèm theo.</p>
      ) : (
        <div className="mt-1 text-sm">
          <EvidenceFiles
            files={objection.files}
            uploadUrl={objection.mayAttach ? `/api/minh-chung/khieu-nai/${objection.id}` : undefined}
            remove={objection.mayAttach ? removeObjectionFileAction : undefined}
          />
        </div>
      )}
      {objection.status !== "OPEN" && (
        <div className="mt-3 rounded-md bg-stone-50 px-3 py-2 text-sm">
          <p className="font-medium">
            {objection.status === "ACCEPTED"
              ? `Chấp nhận: điểm chấm cuối điều chỉnh thành ${formatPoints(objection.resolvedPoints ?? 0)}.`
              : "Không chấp nhận."}
          </p>
          <p className="mt-1 whitespace-pre-line">{objection.resolution}</p>
          {objection.resolvedAt && (
            <p className="mt-1 text-xs text-stone-500">
              {objection.resolvedByName} trả lời lúc {formatDateTime(new Date(objection.resolvedAt))}
            </p>
          )}
        </div>
      )}
      {objection.mayResolve && (
        <ResolveObjectionForm
          objectionId={objection.id}
          version={objection.version}
          number={objection.number}
          limit={objection.limit}
        />
      )}
    </article>
  );
}
