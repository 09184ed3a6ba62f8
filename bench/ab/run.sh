#!/usr/bin/env bash
# A/B of two commits on this machine, alternating in the same minutes so that the shared
# machine's drift hits both alike: start time to /actuator/health UP (plain jar, fresh data
# dir) and requests per second for the screening, the plan and the library page under wrk.
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

measure() { # rev -> one line: rev start_seconds screening_rps plan_rps library_rps
  local data start ready rps_s rps_p rps_l
  data=$(mktemp -d -p "$work")
  start=$(date +%s.%N)
  "$java" -Xmx256m -jar "$work/$1.jar" --server.port=$port --spinewise.data-dir="$data" \
    --logging.level.root=WARN > "$work/server.log" 2>&1 &
  server=$!
  until curl -sf "localhost:$port/actuator/health" > /dev/null; do sleep 0.05; done
  ready=$(date +%s.%N)
  wrk -t2 -c"$connections" -d2s -s "$work/screening.lua" "http://localhost:$port/api/v1/screenings" > /dev/null
  rps_s=$(wrk -t2 -c"$connections" -d"${duration}s" -s "$work/screening.lua" "http://localhost:$port/api/v1/screenings" | awk '/Requests\/sec/ {print $2}')
  rps_p=$(wrk -t2 -c"$connections" -d"${duration}s" -s "$work/plan.lua" "http://localhost:$port" | awk '/Requests\/sec/ {print $2}')
  rps_l=$(wrk -t2 -c"$connections" -d"${duration}s" "http://localhost:$port/library" | awk '/Requests\/sec/ {print $2}')
  kill "$server"; wait "$server" 2> /dev/null || true; server=
  printf '%s %.2f %s %s %s\n' "$1" "$(echo "$ready - $start" | bc)" "$rps_s" "$rps_p" "$rps_l"
}

echo "rev start_s screening_rps plan_rps library_rps"
for _ in $(seq 1 "$rounds"); do
  measure "$old"
  measure "$new"
done
