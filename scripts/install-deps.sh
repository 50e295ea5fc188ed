#!/usr/bin/env bash
# Installs what the console needs on a Debian/Ubuntu machine, skipping what is already there:
# Debian's python3-swift and memcached (the local S3), Chromium with --browser (browser tests),
# and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
[ -d /usr/lib/python3/dist-packages/swift ] || packages+=(python3-swift)
[ -x /usr/bin/memcached ] || packages+=(memcached)
if [ "${1:-}" = "--browser" ]; then
  [ -x /usr/bin/chromium ] || packages+=(chromium)
fi

if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${packages[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${packages[@]}"
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (better-sqlite3 compiles from source: about two minutes)"
  npm ci --no-audit --no-fund
fi
