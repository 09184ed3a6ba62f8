#!/usr/bin/env bash
# Lighthouse on the home, screening, player and library pages of a freshly
# started jar: ./bench/lighthouse/run.sh   (needs node 20+, npm and /usr/bin/chromium)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${PORT:-18080}
[ -f "$root/target/spinewise.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
(cd "$here" && npm ci --no-audit --no-fund --silent)
data=$(mktemp -d)
java -jar "$root/target/spinewise.jar" --server.port="$port" --spinewise.data-dir="$data" > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "localhost:$port/actuator/health" > /dev/null && break; sleep 1; done
BASE_URL="http://localhost:$port" OUT="$root/docs/lighthouse.md" node "$here/run.mjs"
