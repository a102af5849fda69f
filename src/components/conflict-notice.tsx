"use client";

import type { ReactNode } from "react";

type Props = {
  /** What changed, e.g. "Ô điểm này vừa được người khác thay đổi." */
  title: string;
  mine: ReactNode;
  theirs: ReactNode;
  /** Who changed it and when, and anything else the other value carries. */
  details?: ReactNode;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/**
 * A save refused because someone else changed the same data: both values side by side, the user
 * decides, nothing is overwritten silently. Shared by the score grid and the task progress table.
 */
export function ConflictNotice({ title, mine, theirs, details, onKeepMine, onTakeTheirs }: Props) {
  return (
    <div role="alert" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">{title}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt>Giá trị của bạn:</dt>
        <dd data-testid="conflict-mine" className="font-semibold tabular-nums">
          {mine}
        </dd>
        <dt>Giá trị mới:</dt>
        <dd data-testid="conflict-theirs" className="font-semibold tabular-nums">
          {theirs}
        </dd>
      </dl>
      {details}
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
