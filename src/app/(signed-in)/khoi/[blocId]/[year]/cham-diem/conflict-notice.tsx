"use client";

import { formatPoints } from "@/domain/format";
import type { CurrentScoreCell } from "@/server/mutations/scoring/score-cell-conflict";
import { describeEntry } from "./describe-entry";

type Props = {
  mine: string | null;
  theirs: CurrentScoreCell;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** Both values side by side: the user decides, nothing is overwritten silently. */
export function ConflictNotice({ mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  return (
    <div role="alert" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">Ô điểm này vừa được người khác thay đổi.</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt>Giá trị của bạn:</dt>
        <dd data-testid="conflict-mine" className="font-semibold tabular-nums">
          {mine === null || mine === "" ? "(giữ nguyên điểm, sửa giải trình)" : mine}
        </dd>
        <dt>Giá trị mới:</dt>
        <dd data-testid="conflict-theirs" className="font-semibold tabular-nums">
          {theirs ? formatPoints(theirs.points) : "(đã bị xóa)"}
        </dd>
      </dl>
      {theirs && <p className="mt-1 text-xs">{describeEntry(theirs)}</p>}
      {theirs?.explanation && <p className="mt-1 text-xs">Giải trình mới: {theirs.explanation}</p>}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onKeepMine}
          className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800"
        >
          Giữ giá trị của tôi
        </button>
        <button
          type="button"
          onClick={onTakeTheirs}
          className="rounded-md border border-stone-400 bg-white px-3 py-1.5 font-medium hover:bg-stone-50"
        >
          Dùng giá trị mới
        </button>
      </div>
    </div>
  );
}
