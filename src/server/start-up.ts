import { missingAuthSecret } from "./auth/auth-secret";
import { FolderInUseError } from "./database/folder-lock";
import { getDatabase } from "./database/instance";
import { wantsDemoSeed } from "./database/demo-seed-setting";
import { prepareDatabase } from "./database/prepare";
import { announceSetupToken } from "./setup/announce-setup-token";

/**
 * Before the server answers anyone: migrate, seed an empty demo database when wanted, and print
 * the first-run token while there is no user. A second server on one embedded folder would lose
 * data, and a production server without its session secret could sign nobody in: neither starts.
 */
export async function prepareServer(): Promise<void> {
  const noSecret = missingAuthSecret(process.env);
  if (noSecret) {
    console.error(`[auth] ${noSecret}`);
    process.exit(1);
  }
  try {
    const database = getDatabase();
    const result = await prepareDatabase(database, { seedDemo: wantsDemoSeed(process.env) });
    if (result.applied.length > 0) console.info(`[db] đã áp dụng migration: ${result.applied.join(", ")}`);
    if (result.seeded) console.info("[db] đã nạp dữ liệu mẫu khối Yên Bái");
    await announceSetupToken(database.prisma, process.env);
  } catch (error) {
    if (!(error instanceof FolderInUseError)) throw error;
    console.error(`[db] ${error.message}`);
    process.exit(1);
  }
}
