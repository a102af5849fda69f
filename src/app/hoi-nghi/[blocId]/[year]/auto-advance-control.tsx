import { AUTO_ADVANCE_LIMITS } from "@/domain/conference/auto-advance-seconds";

type Props = {
  running: boolean;
  secondsText: string;
  /** Why the typed interval is not used as typed, and what is used instead. */
  secondsProblem: string | null;
  onToggle(): void;
  onSecondsText(text: string): void;
};

/** Start and stop the automatic advance (also the A key), and its interval in seconds. */
export function AutoAdvanceControl({ running, secondsText, secondsProblem, onToggle, onSecondsText }: Props) {
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        aria-pressed={running}
        aria-keyshortcuts="A"
        onClick={onToggle}
        className={`rounded-md border px-3 py-1.5 ${running ? "border-amber-300 bg-amber-300 text-slate-950" : "border-slate-500 hover:bg-slate-800"}`}
      >
        <span aria-hidden className="mr-1.5">
          {running ? "■" : "▶"}
        </span>
        Tự động chuyển
      </button>
      <label className="flex items-center gap-1.5 text-slate-300">
        mỗi
        <input
          type="number"
          inputMode="numeric"
          min={AUTO_ADVANCE_LIMITS.min}
          max={AUTO_ADVANCE_LIMITS.max}
          value={secondsText}
          onChange={(event) => onSecondsText(event.target.value)}
          aria-invalid={secondsProblem ? true : undefined}
          aria-describedby="auto-advance-problem"
          className="w-16 rounded-md border border-slate-500 bg-slate-900 px-2 py-1 text-slate-50"
        />
        giây
      </label>
      <span id="auto-advance-problem" role="status" className="text-amber-300">
        {secondsProblem}
      </span>
    </span>
  );
}
