#!/usr/bin/env bash
# npm run demo: set up (idempotent), build the demo host, serve it on http://localhost:3000 (or the next free port).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "demo: building the simulated Outlook host and the taskpane (dist-demo/)"
npx webpack --mode production --env demo
exec node scripts/demo-server.js dist-demo "$@"
