#!/usr/bin/env bash
# Serves the built app for Playwright on a fresh embedded database: with the demo bloc, or with
# "empty" as the second argument, nothing at all (the onboarding journey starts from /thiet-lap).
set -euo pipefail
port="$1"
mode="${2:-demo}"
data_dir=".data/e2e-pglite-${port}"
rm -rf "$data_dir"
seed_demo=true
if [ "$mode" = "empty" ]; then seed_demo=false; fi
export PGLITE_DATA_DIR="$data_dir" NEXTAUTH_URL="http://127.0.0.1:${port}" NEXTAUTH_SECRET="e2e-only-secret" NEXT_TELEMETRY_DISABLED=1 SEED_DEMO="$seed_demo"
unset DATABASE_URL
# Seed (or, empty, only migrate) before the server starts: one process per PGlite data folder,
# which is locked (docs/stack.md, "One process per PGlite folder"). The seed publishes through
# server modules marked "server-only", which resolve to an empty module under react-server.
node_modules/.bin/tsx --conditions=react-server scripts/db-seed.ts
exec node node_modules/next/dist/bin/next start --hostname 127.0.0.1 --port "$port"
