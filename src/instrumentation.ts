import type { Instrumentation } from "next";

// Runs once when a server process starts, before it serves requests: migrate (and seed an
// empty demo database) so no request ever meets an old schema.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { FolderInUseError } = await import("./server/database/folder-lock");
  const { getDatabase } = await import("./server/database/instance");
  const { wantsDemoSeed } = await import("./server/database/demo-seed-setting");
  const { prepareDatabase } = await import("./server/database/prepare");
  const { announceSetupToken } = await import("./server/setup/announce-setup-token");
  try {
    const database = getDatabase();
    const result = await prepareDatabase(database, { seedDemo: wantsDemoSeed(process.env) });
    if (result.applied.length > 0) console.info(`[db] đã áp dụng migration: ${result.applied.join(", ")}`);
    if (result.seeded) console.info("[db] đã nạp dữ liệu mẫu khối Yên Bái");
    await announceSetupToken(database.prisma, process.env);
  } catch (error) {
    // A second server on one embedded folder would lose data: refuse to start at all.
    if (!(error instanceof FolderInUseError)) throw error;
    console.error(`[db] ${error.message}`);
    process.exit(1);
  }
}

/** One JSON line per failed request in production (the digest matches what the user's error page shows). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NODE_ENV !== "production") return;
  const { requestErrorLogLine } = await import("./server/request-error-log");
  console.error(requestErrorLogLine(error, request, context));
};
