#!/usr/bin/env bash
# A/B of two commits on this machine, alternating in the same minutes so that the shared
# machine's drift hits both alike: start time to /actuator/health UP (plain jar, fresh data
# dir), resident memory then, and requests per second for the screening, the plan and the library
# page under wrk, and for signing in (the right password; Argon2 makes it slow by design).
# Usage: bench/ab/run.sh OLD_REV NEW_REV   (installs wrk when missing)
# Environment: JAVA (default: java on the PATH), ROUNDS (default 3), DURATION (seconds per wrk
# run, default 10), CONNECTIONS (default 16).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
old=${1:?usage: bench/ab/run.sh OLD_REV NEW_REV}
new=${2:?usage: bench/ab/run.sh OLD_REV NEW_REV}
java=${JAVA:-java}
rounds=${ROUNDS:-3}
duration=${DURATION:-10}
connections=${CONNECTIONS:-16}
port=18087
command -v wrk > /dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }

work=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2> /dev/null || true
  git -C "$root" worktree remove --force "$work/src" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

build() { # rev -> $work/rev.jar, built from a clean checkout of that commit
  git -C "$root" worktree add -q --detach "$work/src" "$1"
  (cd "$work/src" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package)
  cp "$work/src/target/spinewise.jar" "$work/$1.jar"
  git -C "$root" worktree remove --force "$work/src"
}
build "$old"
build "$new"

request=$(cd "$root" && python3 -c "import json;d=json.load(open('src/test/resources/examples/screenings.json'));print(json.dumps(d[0]['request']))")
cat > "$work/screening.lua" <<LUA
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"; wrk.body = '$request'
LUA
cat > "$work/plan.lua" <<LUA
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"screening": $request, "positions": ["CHAIR", "FLOOR", "LYING"], "minutes": 10, "goal": "RELIEVE_TENSION"}'
wrk.path = "/api/v1/plans"
LUA

# Signs up one person and writes a wrk script that signs them in again and again with one CSRF pair.
sign_in_script() {
  local jar=$work/cookies token
  token=$(curl -sf -c "$jar" "localhost:$port/api/v1/csrf" | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])')
  local cookie; cookie=$(awk '$6 ~ /XSRF-TOKEN/ {print $6"="$7}' "$jar" | head -n 1)
  curl -sf -o /dev/null -b "$jar" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.org","password":"a long bench password","timeZone":"UTC"}' "localhost:$port/api/v1/account"
  cat > "$work/signin.lua" <<LUA
wrk.method = "POST"; wrk.path = "/api/v1/session"
wrk.headers["Content-Type"] = "application/json"; wrk.headers["X-XSRF-TOKEN"] = "$token"; wrk.headers["Cookie"] = "$cookie"
wrk.body = '{"email":"bench@example.org","password":"a long bench password"}'
LUA
}

measure() { # rev -> one line: rev start_seconds rss_mb screening_rps plan_rps library_rps signin_rps
  local data start ready rps_s rps_p rps_l rps_i rss
  data=$(mktemp -d -p "$work")
  start=$(date +%s.%N)
  "$java" -Xmx256m -jar "$work/$1.jar" --server.port=$port --spinewise.data-dir="$data" \
    --logging.level.root=WARN > "$work/server.log" 2>&1 &
  server=$!
  until curl -sf "localhost:$port/actuator/health" > /dev/null; do sleep 0.05; done
  ready=$(date +%s.%N)
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status")
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$request" "localhost:$port/api/v1/screenings")
  [ "$status" = 200 ] || echo "warning: $1 answered the screening with $status, not 200" >&2
  wrk -t2 -c"$connections" -d2s -s "$work/screening.lua" "http://localhost:$port/api/v1/screenings" > /dev/null
  rps_s=$(wrk -t2 -c"$connections" -d"${duration}s" -s "$work/screening.lua" "http://localhost:$port/api/v1/screenings" | awk '/Requests\/sec/ {print $2}')
  rps_p=$(wrk -t2 -c"$connections" -d"${duration}s" -s "$work/plan.lua" "http://localhost:$port" | awk '/Requests\/sec/ {print $2}')
  rps_l=$(wrk -t2 -c"$connections" -d"${duration}s" "http://localhost:$port/library" | awk '/Requests\/sec/ {print $2}')
  sign_in_script
  rps_i=$(wrk -t1 -c2 --timeout 10s -d"${duration}s" -s "$work/signin.lua" "http://localhost:$port" | awk '/Requests\/sec/ {print $2}')
  kill "$server"; wait "$server" 2> /dev/null || true; server=
  printf '%s %.2f %s %s %s %s %s\n' "$1" "$(echo "$ready - $start" | bc)" "$rss" "$rps_s" "$rps_p" "$rps_l" "$rps_i"
}

echo "rev start_s rss_mb screening_rps plan_rps library_rps signin_rps"
for _ in $(seq 1 "$rounds"); do
  measure "$old"
  measure "$new"
done
