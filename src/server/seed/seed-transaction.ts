import type { AppPrismaClient } from "@/server/database/connect";

/** The client inside `AppPrismaClient.$transaction(async (tx) => …)`, which the seed writes through. */
export type SeedTransaction = Parameters<Parameters<AppPrismaClient["$transaction"]>[0]>[0];
