#!/usr/bin/env bash
# Crash safety: writes daily check-ins through the API from several clients,
# kills the server with SIGKILL in the middle, restarts it on the same
# database and checks that every check-in answered 2xx is there.
# Usage: bench/crash/run.sh [h2|postgres]   (postgres uses PG_URL, PG_USER, PG_PASSWORD)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
database=${1:-h2}
port=18083
writers=${WRITERS:-4}
per_writer=${PER_WRITER:-150}
[ -f "$root/target/spinewise.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
work=$(mktemp -d)
trap 'kill -9 ${server:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

args=(--server.port=$port --spinewise.data-dir="$work/data" --logging.level.root=WARN)
[ "$database" = postgres ] && args+=(--spring.profiles.active=postgres)
start() {
  java -jar "$root/target/spinewise.jar" "${args[@]}" >> "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 90); do curl -sf "localhost:$port/actuator/health" > /dev/null && return; sleep 1; done
  echo "server did not start" >&2; exit 1
}

start
jar="$work/cookies"
token() { curl -s -c "$jar" -b "$jar" "localhost:$port/api/v1/csrf" | python3 -c "import json,sys;print(json.load(sys.stdin)['token'])"; }
email="crash-$(date +%s%N)@example.org"
curl -s -o /dev/null -w "%{http_code}" -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $(token)" -H 'Content-Type: application/json' \
  --data "{\"email\": \"$email\", \"password\": \"quiet-river-stone-42\"}" "localhost:$port/api/v1/account" | grep -q 201
xsrf=$(token)

# Each writer puts its own days (writer w, entry i -> today - (w * per_writer + i) days) and logs the acknowledged ones.
for w in $(seq 0 $((writers - 1))); do
  (
    for i in $(seq 1 "$per_writer"); do
      day=$(date -u -d "-$((w * per_writer + i)) days" +%F)
      code=$(curl -s -o /dev/null -w "%{http_code}" -m 5 -b "$jar" -X PUT -H "X-XSRF-TOKEN: $xsrf" \
        -H 'Content-Type: application/json' --data "{\"pain\": 3, \"stiffness\": 4, \"sittingHours\": 6.5}" \
        "localhost:$port/api/v1/checkins/$day" || true)
      case "$code" in 2*) echo "$day" >> "$work/acknowledged-$w" ;; esac
    done
  ) &
done
sleep "${KILL_AFTER:-3}"
kill -9 "$server"
wait 2> /dev/null || true
acknowledged=$(cat "$work"/acknowledged-* 2> /dev/null | sort -u)
count=$(echo "$acknowledged" | grep -c . || true)

start
curl -s -o /dev/null -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $(token)" -H 'Content-Type: application/json' \
  --data "{\"email\": \"$email\", \"password\": \"quiet-river-stone-42\"}" "localhost:$port/api/v1/session"
stored=$(curl -s -b "$jar" "localhost:$port/api/v1/checkins" | python3 -c "import json,sys;print('\n'.join(i['day'] for i in json.load(sys.stdin)['items']))" | sort -u)
missing=$(comm -23 <(echo "$acknowledged") <(echo "$stored") | grep -c . || true)
echo "$database: $count check-ins acknowledged before SIGKILL, $(echo "$stored" | grep -c .) stored after restart, $missing acknowledged but missing"
[ "$missing" -eq 0 ]
