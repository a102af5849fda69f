#!/usr/bin/env bash
# Serves the built app for Playwright on a fresh embedded database with the demo bloc.
set -euo pipefail
port="$1"
data_dir=".data/e2e-pglite-${port}"
rm -rf "$data_dir"
export PGLITE_DATA_DIR="$data_dir" NEXTAUTH_URL="http://127.0.0.1:${port}" NEXTAUTH_SECRET="e2e-only-secret" NEXT_TELEMETRY_DISABLED=1 SEED_DEMO=true
unset DATABASE_URL
# Seed before the server starts: one process per PGlite data folder, which is locked
# (docs/stack.md, "One process per PGlite folder"). The seed publishes through server modules
# marked "server-only", which resolve to an empty module under the react-server condition.
node_modules/.bin/tsx --conditions=react-server scripts/db-seed.ts
exec node node_modules/next/dist/bin/next start --hostname 127.0.0.1 --port "$port"
