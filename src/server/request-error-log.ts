import type { Instrumentation } from "next";

type OnRequestError = Instrumentation.onRequestError;

/**
 * One JSON line per failed request, for a log collector: the digest is the one Next shows on
 * the user's error page, so a report ("mã lỗi …") leads to its line. The query string is left
 * out: it may carry values the user typed.
 */
export function requestErrorLogLine(
  error: unknown,
  request: Parameters<OnRequestError>[1],
  context: Parameters<OnRequestError>[2],
  now: Date = new Date(),
): string {
  const { message, name, stack, digest } = describe(error);
  return JSON.stringify({
    time: now.toISOString(),
    level: "error",
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
    digest,
    error: name,
    message,
    stack,
  });
}

function describe(error: unknown): { message: string; name?: string; stack?: string; digest?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const digest = (error as Error & { digest?: unknown }).digest;
  return {
    message: error.message,
    name: error.name,
    stack: error.stack,
    digest: typeof digest === "string" ? digest : undefined,
  };
}
