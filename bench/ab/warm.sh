#!/usr/bin/env bash
# Throughput A/B of two built jars, both warm: each runs on its own port, every endpoint is warmed for
# WARM seconds on both, then ROUNDS short runs alternate between them, so the JIT's warm-up and the
# shared machine's drift hit both alike (run.sh measures cold jars, whose first minute swings by 2x).
# Prints each run and the median per endpoint.  Usage: bench/ab/warm.sh OLD.jar NEW.jar
# Environment: ROUNDS (default 5), DURATION (seconds per run, default 8), WARM (default 20), ENDPOINTS
# (default "screening library signin signin-two": signin is one person on two connections, signin-two two
# people, one per connection).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jars=("${1:?usage: warm.sh OLD.jar NEW.jar}" "${2:?usage: warm.sh OLD.jar NEW.jar}")
rounds=${ROUNDS:-5}
duration=${DURATION:-8}
warm=${WARM:-20}
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2> /dev/null || true; rm -rf "$work"' EXIT

request=$(cd "$root" && python3 -c "import json;d=json.load(open('src/test/resources/examples/screenings.json'));print(json.dumps(d[0]['request']))")
cat > "$work/screening.lua" <<LUA
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"; wrk.body = '$request'
LUA

for i in 0 1; do
  java -Xmx256m -jar "${jars[$i]}" --server.port=$((18100 + i)) --spinewise.data-dir="$work/data$i" \
    --logging.level.root=WARN > "$work/server$i.log" 2>&1 &
  pids+=($!)
done
for i in 0 1; do until curl -sf "localhost:$((18100 + i))/actuator/health" > /dev/null; do sleep 0.2; done; done

for i in 0 1; do # one person each, signed in again and again with one CSRF pair
  port=$((18100 + i))
  token=$(curl -sf -c "$work/cookies$i" "localhost:$port/api/v1/csrf" | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])')
  cookie=$(awk '$6 ~ /XSRF-TOKEN/ {print $6"="$7}' "$work/cookies$i" | head -n 1)
  for who in 0 1; do
    curl -sf -o /dev/null -b "$work/cookies$i" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
      -d "{\"email\":\"bench$who@example.org\",\"password\":\"a long bench password\",\"timeZone\":\"UTC\"}" "localhost:$port/api/v1/account"
  done
  cat > "$work/signin$i.lua" <<LUA
wrk.method = "POST"; wrk.path = "/api/v1/session"
wrk.headers["Content-Type"] = "application/json"; wrk.headers["X-XSRF-TOKEN"] = "$token"; wrk.headers["Cookie"] = "$cookie"
wrk.body = '{"email":"bench0@example.org","password":"a long bench password"}'
LUA
  # two people signing in at once, one per connection (the throttle orders attempts on one email by design)
  cat > "$work/signin2-$i.lua" <<LUA
local next_id = 0
function setup(thread) thread:set("who", next_id); next_id = next_id + 1 end
function init(args)
  wrk.method = "POST"; wrk.path = "/api/v1/session"
  wrk.headers["Content-Type"] = "application/json"; wrk.headers["X-XSRF-TOKEN"] = "$token"; wrk.headers["Cookie"] = "$cookie"
  wrk.body = '{"email":"bench' .. who .. '@example.org","password":"a long bench password"}'
end
LUA
done

run() { # endpoint jar-index seconds -> requests per second
  local port=$((18100 + $2))
  case $1 in
    screening) wrk -t2 -c16 -d"$3s" -s "$work/screening.lua" "http://localhost:$port/api/v1/screenings" ;;
    library) wrk -t2 -c16 -d"$3s" "http://localhost:$port/library" ;;
    signin) wrk -t1 -c2 --timeout 10s -d"$3s" -s "$work/signin$2.lua" "http://localhost:$port" ;;
    signin-two) wrk -t2 -c2 --timeout 10s -d"$3s" -s "$work/signin2-$2.lua" "http://localhost:$port" ;;
  esac | awk '/Requests\/sec/ {print $2}'
}

for endpoint in ${ENDPOINTS:-screening library signin signin-two}; do
  for i in 0 1; do run "$endpoint" "$i" "$warm" > /dev/null; done
  for _ in $(seq 1 "$rounds"); do
    for i in 0 1; do echo "$endpoint $i $(run "$endpoint" "$i" "$duration")"; done
  done
done | tee "$work/runs"
echo "median requests/s (old -> new):"
for endpoint in ${ENDPOINTS:-screening library signin signin-two}; do
  old=$(awk -v e="$endpoint" '$1 == e && $2 == 0 {print $3}' "$work/runs" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  new=$(awk -v e="$endpoint" '$1 == e && $2 == 1 {print $3}' "$work/runs" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  printf '%s %s -> %s (%+.1f%%)\n' "$endpoint" "$old" "$new" "$(echo "($new - $old) * 100 / $old" | bc -l)"
done
