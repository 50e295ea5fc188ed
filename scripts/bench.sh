#!/usr/bin/env bash
# `npm run bench`: every benchmark, each printing its figures and its ratios against a baseline
# measured in the same run (this machine is shared and noisy). See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --browser
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
trap 'node scripts/local-s3/index.mjs stop --dir .test-s3; node scripts/local-s3/index.mjs stop --dir .bench-s3' EXIT

echo "# S3 Share Console benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, node $(node -v)"
npx tsx bench/signing.ts
npx next build > /dev/null
npx tsx bench/share-http.ts
npx tsx bench/listing.ts
npx tsx bench/browser.ts
