#!/usr/bin/env bash
# The whole suite, as README.md gives it: unit, integration (PGlite, and PostgreSQL when
# TEST_DATABASE_URL is set), the schema drift check, a production build, and e2e in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh --print-path || true)"
export CHROMIUM_PATH

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  echo "TEST_DATABASE_URL is not set: integration tests run on the embedded PGlite only."
fi
npx vitest run
npx next build
npx playwright test
