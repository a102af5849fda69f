"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import Link from "@/components/app-link";
import { LoadingNote } from "@/components/loading-note";
import { NotFoundMessage } from "@/components/not-found-message";
import { RetryButton } from "@/components/retry-button";
import { SignedInFrame } from "@/components/signed-in-frame";
import {
  forgetRankings,
  rememberedRankings,
  rememberedSignedInFrame,
  rememberedYearFrame,
  rememberRankings,
} from "@/components/remembered-frames";
import { YearFrame } from "@/components/year-frame";
import type { RankingsPageData, SignedInFrameFacts } from "@/domain/rankings/rankings-page";
import { RankingsContent } from "./rankings-content";
import { useRefreshOnChanges } from "./use-refresh-on-changes";

type Loaded =
  | { kind: "page"; data: RankingsPageData }
  | { kind: "not-found"; frame: SignedInFrameFacts }
  | { kind: "failed" };

const RANKINGS_PATH = /^\/khoi\/([^/]+)\/(\d{4})\/xep-hang\/?$/;
const noSubscription = () => () => {};

/**
 * The rankings page in the browser. Its document is the same prerendered shell for every year and
 * user (served without rendering anything per request); what differs — who is signed in, the
 * year, the rows they may see — comes from one session-checked request to /api/xep-hang.
 */
export function RankingsShell({ endSessions }: { endSessions: () => Promise<unknown> }) {
  // The shell is prerendered under another path: the address is read only once in the browser.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const pathname = usePathname();
  const match = inBrowser ? RANKINGS_PATH.exec(pathname) : null;
  const dataPath = match ? `/api/xep-hang/${match[1]}/${match[2]}` : null;
  const [loaded, setLoaded] = useState<{ path: string; result: Loaded } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!dataPath) return;
    const abort = new AbortController();
    loadRankings(dataPath, abort.signal).then(
      (result) => {
        if (result?.kind === "page") rememberRankings(dataPath, result.data);
        if (result?.kind === "not-found") forgetRankings(dataPath);
        if (result) setLoaded({ path: dataPath, result });
      },
      () => !abort.signal.aborted && setLoaded({ path: dataPath, result: { kind: "failed" } }),
    );
    return () => abort.abort();
  }, [dataPath, attempt]);
  // Restored by Back or Forward from the browser's memory: the figures are asked for again.
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => event.persisted && setAttempt((n) => n + 1);
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, []);

  const result = loaded && loaded.path === dataPath ? loaded.result : null;
  // A provisional ranking follows the scores as they are saved; a published one never changes.
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  useRefreshOnChanges(
    result?.kind === "page" && result.data.ranking.kind === "provisional" ? result.data.blocYearId : null,
    refresh,
  );

  if (inBrowser && !match) return <NotFoundMessage />;
  if (!match || !dataPath) return <LoadingFrame />;
  const retry = () => {
    setLoaded(null);
    setAttempt((n) => n + 1);
  };
  // Until this request answers (or if it fails), what this tab last showed of the page or its frame.
  const shown = result?.kind === "page" ? result.data : rememberedRankings(dataPath);
  if (result?.kind === "not-found")
    return (
      <SignedInFrame {...result.frame} endSessions={endSessions}>
        <NotFoundMessage />
      </SignedInFrame>
    );
  if (shown)
    return (
      <SignedInFrame user={shown.user} showAdminLink={shown.showAdminLink} endSessions={endSessions}>
        <YearFrame year={shown.year} tabs={shown.tabs}>
          {result?.kind === "failed" && <StaleNotice onRetry={retry} />}
          <RankingsContent ranking={shown.ranking} blocId={shown.year.blocId} year={shown.year.year} />
        </YearFrame>
      </SignedInFrame>
    );
  if (result?.kind === "failed") return <LoadingFailed onRetry={retry} />;
  return <LoadingFrame blocId={match[1] ?? ""} year={match[2] ?? ""} endSessions={endSessions} />;
}

/** The page's data, or null after sending the browser where a signed-in page would redirect. */
async function loadRankings(path: string, signal: AbortSignal): Promise<Loaded | null> {
  const response = await fetch(path, { signal, cache: "no-store" });
  if (response.status === 401 || response.status === 403) {
    const { redirect } = (await response.json()) as { redirect: string };
    window.location.replace(redirect);
    return null;
  }
  if (response.status === 404)
    return { kind: "not-found", frame: (await response.json()) as SignedInFrameFacts };
  if (!response.ok) return { kind: "failed" };
  return { kind: "page", data: (await response.json()) as RankingsPageData };
}

/** The app's bar before the page knows who is signed in: the way home, nothing of the user. */
function BrandBar() {
  return (
    <div className="no-print bg-brand-800 text-white">
      <div className="mx-auto max-w-6xl px-4 py-3">
        <Link href="/khoi" className="text-lg font-bold tracking-tight">
          ThiĐua
        </Link>
      </div>
    </div>
  );
}

const LOADING = <LoadingNote>Đang tính bảng xếp hạng…</LoadingNote>;

/** While the data loads: the frames this tab last showed for the year, else the app's bar alone. */
function LoadingFrame(props: { blocId?: string; year?: string; endSessions?: () => Promise<unknown> }) {
  const signedIn = rememberedSignedInFrame();
  const year = props.blocId && props.year ? rememberedYearFrame(props.blocId, props.year) : null;
  if (!signedIn || !props.endSessions)
    return (
      <>
        <BrandBar />
        <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-8">
          {LOADING}
        </main>
      </>
    );
  return (
    <SignedInFrame {...signedIn} endSessions={props.endSessions}>
      {year ? <YearFrame {...year}>{LOADING}</YearFrame> : LOADING}
    </SignedInFrame>
  );
}

/** Over a table this tab showed before, when the new request failed: the figures may be old. */
function StaleNotice({ onRetry }: { onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="no-print mb-4 flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <p>Không tải được số liệu mới: bảng dưới đây là lần xem trước, có thể đã cũ.</p>
      <RetryButton onRetry={onRetry} compact />
    </div>
  );
}

function LoadingFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <>
      <BrandBar />
      <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
        <h1 className="text-2xl font-bold text-brand-800">Không tải được bảng xếp hạng</h1>
        <p role="alert" className="mt-2 text-stone-600">
          Máy chủ không trả lời hoặc mạng bị gián đoạn. Dữ liệu của bạn không bị ảnh hưởng.
        </p>
        <div className="mt-6">
          <RetryButton onRetry={onRetry} />
        </div>
      </main>
    </>
  );
}
