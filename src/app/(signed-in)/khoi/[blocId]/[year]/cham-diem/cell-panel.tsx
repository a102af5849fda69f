"use client";

import { formatPoints } from "@/domain/format";
import type { GridCell, GridEvidence, GridLeaf } from "@/server/queries/scoring/score-grid-types";
import { EvidenceFiles } from "@/components/evidence-files";
import { ErrorMessage } from "@/components/forms/error-message";
import { removeScoreLineFileAction } from "./actions";
import { ConflictNotice } from "@/components/conflict-notice";
import { describeEntry } from "./describe-entry";
import type { LocalCell } from "./local-cells";

/**
 * As the save's schema allows (save-score-cell.ts). The field counts up to it and says when a
 * text is over, rather than cutting a pasted text short without a word.
 */
const EXPLANATION_MAX = 2000;

type Props = {
  unitName: string;
  leaf: GridLeaf;
  base: GridCell;
  local: LocalCell | undefined;
  evidence: GridEvidence | undefined;
  editable: boolean;
  onChange: (change: { explanation?: string | null; evidenceUrl?: string | null }) => void;
  onSave: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** The focused cell in full: its criterion, explanation and evidence, and any error or conflict. */
export function CellPanel({
  unitName,
  leaf,
  base,
  local,
  evidence,
  editable,
  onChange,
  onSave,
  onKeepMine,
  onTakeTheirs,
}: Props) {
  const explanation = local?.explanation !== undefined ? local.explanation : base.explanation;
  const over = (explanation ?? "").length > EXPLANATION_MAX;
  const evidenceUrl = local?.evidenceUrl !== undefined ? local.evidenceUrl : base.evidenceUrl;
  const saving = local?.status === "saving";
  return (
    <aside
      aria-label="Chi tiết ô điểm"
      className="no-print rounded-lg border border-stone-200 bg-white p-4 text-sm lg:sticky lg:top-4"
    >
      <h3 className="font-semibold">{unitName}</h3>
      <p className="mt-1 text-stone-700">
        <strong>{leaf.code}</strong> {leaf.title}
      </p>
      <p className="mt-1 text-stone-500">
        Tối đa {formatPoints(leaf.limit)} điểm{leaf.kind === "DEDUCTION" ? " (điểm trừ, nhập số dương)" : ""}.
      </p>
      {base.enteredByName && <p className="mt-1 text-stone-500">{describeEntry(base)}</p>}
      {local?.status === "error" && local.error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-red-800">
          <ErrorMessage message={local.error} />
        </p>
      )}
      {local?.status === "conflict" && (
        <ConflictNotice
          title="Ô điểm này vừa được người khác thay đổi."
          mine={
            local.draft === undefined || local.draft === ""
              ? "(giữ nguyên điểm, sửa giải trình)"
              : local.draft
          }
          theirs={local.conflict ? formatPoints(local.conflict.points) : "(đã bị xóa)"}
          details={
            local.conflict && (
              <>
                <p className="mt-1 text-xs">{describeEntry(local.conflict)}</p>
                {local.conflict.explanation && (
                  <p className="mt-1 text-xs">Giải trình mới: {local.conflict.explanation}</p>
                )}
              </>
            )
          }
          onKeepMine={onKeepMine}
          onTakeTheirs={onTakeTheirs}
        />
      )}
      <label htmlFor="cell-explanation" className="mt-3 block font-medium text-stone-700">
        Giải trình
      </label>
      <textarea
        id="cell-explanation"
        rows={3}
        aria-describedby={editable ? "cell-explanation-count" : undefined}
        aria-invalid={over || undefined}
        value={explanation ?? ""}
        readOnly={!editable}
        onChange={(event) => onChange({ explanation: event.target.value })}
        className="mt-1 block w-full rounded-md border border-stone-300 px-2 py-1"
      />
      {editable && (
        <p
          id="cell-explanation-count"
          className={`mt-0.5 text-right text-xs ${over ? "font-medium text-red-700" : "text-stone-600"}`}
        >
          {(explanation ?? "").length.toLocaleString("vi-VN")}/{EXPLANATION_MAX.toLocaleString("vi-VN")} ký tự
          {over && " — quá dài, hãy rút gọn rồi lưu"}
        </p>
      )}
      <label htmlFor="cell-evidence" className="mt-3 block font-medium text-stone-700">
        Đường dẫn minh chứng
      </label>
      <input
        id="cell-evidence"
        type="url"
        placeholder="https://…"
        value={evidenceUrl ?? ""}
        readOnly={!editable}
        onChange={(event) => onChange({ evidenceUrl: event.target.value })}
        className="mt-1 block w-full rounded-md border border-stone-300 px-2 py-1"
      />
      {!editable && evidenceUrl && (
        <a
          href={evidenceUrl}
          target="_blank"
          rel="noreferrer"
          className="mt-1 block text-brand-700 underline"
        >
          Mở minh chứng
        </a>
      )}
      {editable && (
        <button
          type="button"
          onClick={onSave}
          disabled={saving}
          className="mt-3 rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-50"
        >
          {saving ? "Đang lưu…" : "Lưu giải trình"}
        </button>
      )}
      <h4 className="mt-3 font-medium text-stone-700">Tệp minh chứng</h4>
      {evidence ? (
        <div className="mt-1">
          <EvidenceFiles
            files={evidence.files}
            uploadUrl={editable ? `/api/minh-chung/diem/${evidence.lineId}` : undefined}
            remove={editable ? removeScoreLineFileAction : undefined}
          />
        </div>
      ) : (
        <p className="mt-1 text-stone-600">
          {editable ? "Lưu điểm cho ô này trước, rồi đính kèm tệp minh chứng." : "Chưa có tệp minh chứng."}
        </p>
      )}
    </aside>
  );
}
