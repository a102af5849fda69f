/**
 * Whether to load the demo bloc (with its published demo password) into an empty database:
 * in development unless SEED_DEMO=false, so a new user's first `npm run dev` shows the Yên Bái
 * bloc; in production only when SEED_DEMO=true says so.
 */
export function wantsDemoSeed(env: { NODE_ENV?: string; SEED_DEMO?: string }): boolean {
  if (env.SEED_DEMO === "true") return true;
  if (env.SEED_DEMO === "false") return false;
  return env.NODE_ENV !== "production";
}
