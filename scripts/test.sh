#!/usr/bin/env bash
# `npm test`: installs what it needs (Debian's chromium, python3-swift, memcached, npm packages),
# then runs type checks, unit tests, integration tests against a real local S3, a production
# build, and browser tests in Chromium. Stops the local S3 it used at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --browser
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
export CI="${CI:-1}"
trap 'node scripts/local-s3/index.mjs stop --dir .test-s3' EXIT

echo "== type check"
npx tsc --noEmit
echo "== unit and integration tests"
npx vitest run
echo "== production build"
npx next build
echo "== browser tests"
npx playwright test
