// What global-setup.ts hands to test files through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** Tars of PGlite data folders with every migration applied: empty, and with the demo loaded. */
    pgliteDumpPaths: { empty: string; demo: string };
    /** Migrated databases on TEST_DATABASE_URL's server to clone (empty, demo), or null without it. */
    postgresTemplates: { empty: string; demo: string } | null;
  }
}

export {};
