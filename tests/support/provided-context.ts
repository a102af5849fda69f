// What global-setup.ts hands to test files through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** A tar of a PGlite data folder with every migration applied. */
    pgliteDumpPath: string;
    /** A migrated database on TEST_DATABASE_URL's server to clone, or null without it. */
    postgresTemplate: string | null;
  }
}

export {};
