#!/usr/bin/env bash
# Idempotent set-up for a fresh Debian machine: system packages, npm packages, the Node build of the CLI.
# Safe to run repeatedly; each step is skipped when already satisfied.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)          # browser tests (playwright-core drives it)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)       # offline manifest validation
pkg-config --exists libsecret-1 2>/dev/null || need+=(libsecret-1-dev pkg-config)  # keytar, pulled in by office-addin-debugging
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "setup: building the CLI"
npm run -s build:cli
