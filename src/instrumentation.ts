import type { Instrumentation } from "next";

// Runs once when a server process starts, before it serves requests, so no request ever meets
// an old schema.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareServer } = await import("./server/start-up");
  await prepareServer();
}

/** One JSON line per failed request in production (the digest matches the user's error page). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NODE_ENV !== "production") return;
  const { requestErrorLogLine } = await import("./server/request-error-log");
  console.error(requestErrorLogLine(error, request, context));
};
