/** A request answered by the proxy itself, before any page, action or route reads it. */
export type Refusal = { status: number; message: string };

type GuardedRequest = { method: string; pathname: string; headers: Headers };

// A path segment with a control character (a NUL above all, which PostgreSQL refuses even to
// compare) is never an id of ours: "not found".
const CONTROL_ENCODED = /%(?:[01][0-9a-f]|7f)/i;
const CONTROL_DECODED = /[\u0000-\u001f\u007f]/;

/** Next's own limit for server action bodies (serverActions.bodySizeLimit, 1 MB by default). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Bad requests get a 4xx here: Next itself answers a cross-site or oversized server action
 * with a 500 and a stack trace in the log.
 */
export function refuseBadRequest({ method, pathname, headers }: GuardedRequest): Refusal | null {
  if (CONTROL_ENCODED.test(pathname) || CONTROL_DECODED.test(pathname) || !decodes(pathname)) {
    return { status: 404, message: "Không tìm thấy trang." };
  }
  if (SAFE_METHODS.has(method)) return null;
  if (!isSameOrigin(headers)) return { status: 403, message: "Yêu cầu không hợp lệ." };
  const length = headers.get("content-length");
  if (length === null && headers.has("transfer-encoding")) {
    return { status: 411, message: "Yêu cầu cần ghi rõ độ dài dữ liệu." };
  }
  if (Number(length ?? 0) > ACTION_BODY_LIMIT) {
    return { status: 413, message: "Dữ liệu gửi lên quá lớn (tối đa 1 MB)." };
  }
  return null;
}

/** A path whose percent-encoding is broken (%E0%A4%A, a lone %) names nothing; Next fails on it with a 500. */
function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Browsers send Origin on every cross-site POST; a request without one is not a browser's
 * cross-site request (and carries no cookies it was not given). "null" is never ours.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  return URL.canParse(origin) && new URL(origin).host === host;
}
