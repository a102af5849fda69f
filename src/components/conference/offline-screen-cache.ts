/**
 * The cache where the conference screen's service worker (public/sw.js, which names it too)
 * keeps the screens this browser showed. Dropped whenever someone signs in or out, so a copy
 * made for one person (who may see a year's provisional figures) is never shown to another.
 */
const CONFERENCE_CACHE = "thidua-hoi-nghi-v1";

export async function forgetConferenceScreens(): Promise<void> {
  // Plain http on another host than localhost has no Cache API (and so no kept screens).
  if (typeof caches === "undefined") return;
  await caches.delete(CONFERENCE_CACHE).catch(() => false);
}
