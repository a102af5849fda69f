/**
 * The stream of one bloc-year's changes (src/app/api/su-kien/[blocYearId]/thay-doi): `changed`
 * events naming what changed ("scores", "tasks", "year"), for pages that then ask for what they show.
 */
export function yearChangesUrl(blocYearId: string): string {
  return `/api/su-kien/${encodeURIComponent(blocYearId)}/thay-doi`;
}
