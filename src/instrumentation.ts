// Runs once when a server process starts, before it serves requests: migrate (and seed an
// empty demo database) so no request ever meets an old schema.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabase } = await import("./server/database/instance");
  const { prepareDatabase } = await import("./server/database/prepare");
  const result = await prepareDatabase(getDatabase(), { seedDemo: process.env.SEED_DEMO !== "false" });
  if (result.applied.length > 0) console.info(`[db] đã áp dụng migration: ${result.applied.join(", ")}`);
  if (result.seeded) console.info("[db] đã nạp dữ liệu mẫu khối Yên Bái");
}
