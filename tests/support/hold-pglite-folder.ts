import { connectDatabase } from "../../src/server/database/connect";

// A process that opens the PGlite folder of PGLITE_DATA_DIR and keeps it until it is killed:
// the other side of the one-process-per-folder test.
const connection = connectDatabase();
await connection.prisma.$queryRaw`SELECT 1`;
console.log("holding");
setInterval(() => {}, 60_000);
