"use client";

import Link from "@/components/app-link";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ConferenceData } from "@/domain/conference/conference-data";
import { clampStep, revealSteps } from "@/domain/conference/reveal";
import { buildSlides, nextAutoPage } from "@/domain/conference/slides";
import { AutoAdvanceControl } from "./auto-advance-control";
import { BallotView } from "./ballot-view";
import { FullscreenButton } from "./fullscreen-button";
import { RevealView } from "./reveal-view";
import { ScreenFooter } from "./screen-footer";
import { SlideView, type RowsFit } from "./slide-view";
import { useAutoAdvance } from "./use-auto-advance";
import { useHydrated } from "./use-hydrated";
import { useLiveConference } from "./use-live-conference";
import { useOfflineScreen } from "./use-offline-screen";
import { usePresenterKeys } from "./use-presenter-keys";

// Until a table has been on screen and measured how many of its rows fit (use-row-capacity).
const FIRST_GUESS_ROWS = 8;
const AUTO_PAGE_MS = 10_000;

type Mode = "slides" | "reveal" | "ballot";
type Fit = { members: number; ranking: number; reveal: number };
type Props = {
  initial: ConferenceData;
  dataUrl: string;
  eventsUrl: string;
  backUrl: string;
  /** The voting page's address and its QR code (drawn on the server), for a ballot. */
  ballotEntry: { url: string; qrSvg: string };
};

export function ConferenceScreen({ initial, dataUrl, eventsUrl, backUrl, ballotEntry }: Props) {
  const { data, connection } = useLiveConference(initial, { data: dataUrl, events: eventsUrl });
  const offlineReady = useOfflineScreen(dataUrl, data);
  const [fit, setFit] = useState<Fit>({
    members: FIRST_GUESS_ROWS,
    ranking: FIRST_GUESS_ROWS,
    reveal: FIRST_GUESS_ROWS,
  });
  const rowsFit = useMemo(() => {
    const report = (table: keyof Fit) => (rows: number) =>
      setFit((known) => (known[table] === rows ? known : { ...known, [table]: rows }));
    return { members: report("members"), ranking: report("ranking"), reveal: report("reveal") };
  }, []) satisfies RowsFit & { reveal(rows: number): void };
  const slides = useMemo(
    () => buildSlides(data, { membersPerPage: fit.members, rowsPerPage: fit.ranking }),
    [data, fit.members, fit.ranking],
  );
  const steps = useMemo(() => revealSteps(data.rows, data.awards), [data]);
  const [mode, setMode] = useState<Mode>(initial.ballot?.status === "OPEN" ? "ballot" : "slides");
  // A ballot opened (or closed) during the meeting takes the screen; the presenter can leave it.
  const ballotStatus = data.ballot?.status ?? null;
  const [seenBallotStatus, setSeenBallotStatus] = useState(ballotStatus);
  if (ballotStatus !== seenBallotStatus) {
    setSeenBallotStatus(ballotStatus);
    if (ballotStatus !== null) setMode("ballot");
    else if (mode === "ballot") setMode("slides");
  }
  const [slideIndex, setSlideIndex] = useState(0);
  const [step, setStep] = useState(0);
  // Live data may shorten the deck or the reveal under the presenter's feet.
  const current = Math.min(slideIndex, slides.length - 1);
  const currentStep = clampStep(step, steps.length);

  const move = useCallback(
    (delta: number) => {
      if (mode === "reveal") setStep((s) => clampStep(clampStep(s, steps.length) + delta, steps.length));
      else
        setSlideIndex((i) =>
          Math.min(Math.max(Math.min(i, slides.length - 1) + delta, 0), slides.length - 1),
        );
    },
    [mode, steps.length, slides.length],
  );
  const forward = useCallback(() => move(1), [move]);
  const back = useCallback(() => move(-1), [move]);
  // Further than any deck is long: move() stops at the first or last slide (or step).
  const first = useCallback(() => move(-Infinity), [move]);
  const last = useCallback(() => move(Infinity), [move]);
  const auto = useAutoAdvance({
    forward,
    position: `${mode} ${mode === "reveal" ? currentStep : current}`,
    atEnd: mode === "reveal" ? currentStep >= steps.length - 1 : current >= slides.length - 1,
  });
  usePresenterKeys({ forward, back, first, last, toggleAuto: auto.toggle });
  const hydrated = useHydrated();

  useEffect(() => {
    const target = nextAutoPage(slides, current);
    // The operator's automatic advance, when on, moves on instead of going round a table's pages.
    if (mode !== "slides" || target === null || auto.running) return;
    const timer = setTimeout(() => setSlideIndex(target), AUTO_PAGE_MS);
    return () => clearTimeout(timer);
  }, [mode, slides, current, auto.running]);

  const position =
    mode === "reveal" ? `Bước ${currentStep}/${steps.length - 1}` : `Trang ${current + 1}/${slides.length}`;
  return (
    <div className="flex h-screen flex-col overflow-hidden bg-slate-950 text-slate-50">
      <nav
        aria-label="Điều khiển trình chiếu"
        className="no-print flex flex-wrap items-center gap-3 border-b border-slate-800 px-6 py-2 text-base max-sm:gap-2 max-sm:px-3 max-sm:text-sm"
      >
        <Link href={backUrl} className="mr-auto text-slate-300 underline-offset-4 hover:underline">
          ← Về năm thi đua
        </Link>
        <ModeButton
          active={mode === "slides"}
          onClick={() => setMode("slides")}
          label="Trình chiếu"
          disabled={!hydrated}
        />
        <ModeButton
          active={mode === "reveal"}
          onClick={() => setMode("reveal")}
          label="Công bố từng hạng"
          disabled={!hydrated}
        />
        {data.ballot && (
          <ModeButton
            active={mode === "ballot"}
            onClick={() => setMode("ballot")}
            label="Bỏ phiếu kín"
            disabled={!hydrated}
          />
        )}
        <button type="button" onClick={back} disabled={!hydrated} className={NAV_BUTTON} aria-label="Lùi lại">
          ←
        </button>
        <button
          type="button"
          onClick={forward}
          disabled={!hydrated}
          className={NAV_BUTTON}
          aria-label="Tiếp theo"
        >
          →
        </button>
        {/* The operator's tools; a phone following the meeting keeps only the way through it. */}
        <div className="flex flex-wrap items-center gap-3 max-sm:hidden">
          <AutoAdvanceControl
            running={auto.running}
            secondsText={auto.secondsText}
            secondsProblem={auto.secondsProblem}
            onToggle={auto.toggle}
            onSecondsText={auto.setSecondsText}
          />
          <FullscreenButton />
        </div>
      </nav>
      <main className="min-h-0 flex-1 overflow-hidden px-[4vw] py-[3vh]">
        {mode === "ballot" && data.ballot ? (
          <BallotView ballot={data.ballot} qrSvg={ballotEntry.qrSvg} url={ballotEntry.url} />
        ) : mode === "reveal" ? (
          <RevealView
            data={data}
            steps={steps}
            step={currentStep}
            rowsPerPage={fit.reveal}
            onRowsFit={rowsFit.reveal}
          />
        ) : (
          <SlideView data={data} slide={slides[current] ?? { kind: "title" }} onRowsFit={rowsFit} />
        )}
      </main>
      <ScreenFooter
        data={data}
        connection={connection}
        position={auto.running ? `${position} · tự động sau ${auto.seconds} giây` : position}
        offlineReady={offlineReady}
      />
    </div>
  );
}

const NAV_BUTTON = "rounded-md border border-slate-500 px-3 py-1.5 hover:bg-slate-800 disabled:opacity-50";

type ModeButtonProps = { active: boolean; onClick(): void; label: string; disabled: boolean };

function ModeButton({ active, onClick, label, disabled }: ModeButtonProps) {
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onClick}
      disabled={disabled}
      className={`rounded-md border px-3 py-1.5 disabled:opacity-50 ${active ? "border-amber-300 bg-amber-300 text-slate-950" : "border-slate-500 hover:bg-slate-800"}`}
    >
      {label}
    </button>
  );
}
