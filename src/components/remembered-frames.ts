import type {
  BlocYearTab,
  RankingsPageData,
  SignedInFrameFacts,
  YearFrameFacts,
} from "@/domain/rankings/rankings-page";

// What this browser tab last showed of the signed-in frame, each year's frame and each rankings
// page: the prerendered rankings page draws them at once while its own request runs, so moving
// to it from another tab keeps the header and tabs in place, and Back finds the table where the
// browser restores the scroll. Memory of this tab only; signing in (another person may sign in
// after a session ended) forgets it, and signing out reloads the page.

export type RememberedYear = { year: YearFrameFacts; tabs: BlocYearTab[] };

let signedIn: SignedInFrameFacts | null = null;
const years = new Map<string, RememberedYear>();
const rankings = new Map<string, RankingsPageData>();

const yearKey = (blocId: string, year: number | string) => `${blocId}/${year}`;

export function rememberSignedInFrame(facts: SignedInFrameFacts): void {
  signedIn = facts;
}

export function rememberYearFrame(frame: RememberedYear): void {
  years.set(yearKey(frame.year.blocId, frame.year.year), frame);
}

export function rememberRankings(dataPath: string, data: RankingsPageData): void {
  rankings.set(dataPath, data);
  rememberSignedInFrame({ user: data.user, showAdminLink: data.showAdminLink });
  rememberYearFrame({ year: data.year, tabs: data.tabs });
}

/** A page that is no longer there for this user (404) is not drawn again while it is asked for. */
export function forgetRankings(dataPath: string): void {
  rankings.delete(dataPath);
}

export function rememberedSignedInFrame(): SignedInFrameFacts | null {
  return signedIn;
}

export function rememberedYearFrame(blocId: string, year: string): RememberedYear | null {
  return years.get(yearKey(blocId, year)) ?? null;
}

export function rememberedRankings(dataPath: string): RankingsPageData | null {
  return rankings.get(dataPath) ?? null;
}

export function forgetRememberedFrames(): void {
  signedIn = null;
  years.clear();
  rankings.clear();
}
