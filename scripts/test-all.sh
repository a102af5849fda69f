#!/usr/bin/env bash
# The whole suite, as README.md gives it: the house rules first (format, lint, typecheck), then
# unit, integration (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), the schema drift
# check, a production build, and e2e in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# Cheapest failures first: a format difference, a lint finding or a type error stops the run.
npx prettier --check . --log-level warn
npx eslint . --max-warnings 0
npx tsc --noEmit

bash scripts/ensure-chromium.sh
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh --print-path || true)"
export CHROMIUM_PATH

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  echo "TEST_DATABASE_URL is not set: integration tests run on the embedded PGlite only."
fi
npx vitest run
npx next build
npx playwright test
