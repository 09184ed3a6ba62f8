#!/usr/bin/env bash
# Load on loopback: Spinewise (the packaged jar, fresh data dir) against nginx
# serving the same JSON answer as a static file, both driven by wrk in the
# same run. Usage: bench/load/run.sh   (installs wrk and nginx with apt-get when missing)
# Environment: JAVA (default: the newest JDK under /usr/lib/jvm, for virtual threads),
# JAVA_OPTS, DURATION (seconds per measurement, default 10), CONNECTIONS (default "16 64").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=18081
nginx_port=18082
duration=${DURATION:-10}
connections=${CONNECTIONS:-"16 64"}

if ! command -v wrk > /dev/null || ! command -v nginx > /dev/null; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx-light
fi
# shellcheck source=../../scripts/jvm.sh
. "$root/scripts/jvm.sh"
java=${JAVA:-$(jvm_newest)}
java=${java:-java}
# ./spinewise's options for this Java.
java_opts=${JAVA_OPTS:-$(jvm_options "$(jvm_feature "$(jvm_runtime "$java")")")}
spinewise_jar_built "$root"

work=$(mktemp -d)
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2> /dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck disable=SC2086
"$java" $java_opts -jar "$root/target/spinewise.jar" --server.port=$port --spinewise.data-dir="$work/data" \
  --logging.level.root=WARN > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 90); do curl -sf "localhost:$port/actuator/health" > /dev/null && break; sleep 1; done

answers=$(cd "$root" && python3 -c "import json;d=json.load(open('src/test/resources/examples/screenings.json'));print(json.dumps(d[0]['request']))")
echo "$answers" > "$work/screening.json"
python3 -c "import json,sys;print(json.dumps({'screening':json.loads(sys.argv[1]),'positions':['CHAIR','FLOOR','LYING'],'minutes':10,'goal':'RELIEVE_TENSION'}))" "$answers" > "$work/plan.json"
for kind in screening plan; do
  cat > "$work/$kind.lua" << LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/$kind.json", "r")
wrk.body = f:read("*a")
f:close()
LUA
done
mkdir -p "$work/www"
chmod 755 "$work" "$work/www"   # nginx workers run as an unprivileged user
curl -sf -H 'Content-Type: application/json' --data-binary @"$work/screening.json" "localhost:$port/api/v1/screenings" > "$work/www/screening.json"
chmod 644 "$work/www/screening.json"
cat > "$work/nginx.conf" << CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"

measure() { # name url [lua] connections -> "rps p50 p99"
  local out
  if [ -n "$3" ]; then out=$(wrk -t2 -c"$4" -d"${duration}s" --latency -s "$3" "$2"); else out=$(wrk -t2 -c"$4" -d"${duration}s" --latency "$2"); fi
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  local non2xx
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  [ -z "$non2xx" ] && [ -n "$rps" ] || { echo "$1 failed: ${non2xx:-no} non-2xx responses, ${rps:-no} requests/s" >&2; touch "$work/failed"; }
  echo "$rps $p50 $p99"
}

echo "Warming up (20 s)..." >&2
wrk -t2 -c16 -d10s -s "$work/screening.lua" "http://127.0.0.1:$port/api/v1/screenings" > /dev/null
wrk -t2 -c16 -d10s -s "$work/plan.lua" "http://127.0.0.1:$port/api/v1/plans" > /dev/null

# shellcheck source=../report.sh
. "$here/../report.sh"
report="$root/docs/load.md"
marker="<!-- Figures below: written by bench/load/run.sh -->"
kept=$(report_kept "$report" "$marker" "Load on loopback")
report_new="$work/load.md"
{
  echo "$kept"
  echo
  echo "Command: \`bench/load/run.sh\` on $(nproc) cores, $(date -u +%Y-%m-%d), $("$java" -version 2>&1 | head -n 1), options \`$java_opts\`,"
  echo "wrk 2 threads, ${duration} s a measurement after 20 s of warm-up. nginx serves the screening answer as a static file in the same run."
  echo
  echo "| target | connections | requests/s | p50 | p99 | share of nginx |"
  echo "|---|---|---|---|---|---|"
} > "$report_new"
for c in $connections; do
  read -r nginx_rps nginx_p50 nginx_p99 <<< "$(measure nginx "http://127.0.0.1:$nginx_port/screening.json" "" "$c")"
  echo "| nginx, static answer | $c | $nginx_rps | $nginx_p50 | $nginx_p99 | 1.00 |" >> "$report_new"
  for target in "POST /api/v1/screenings|/api/v1/screenings|$work/screening.lua" \
                "POST /api/v1/plans|/api/v1/plans|$work/plan.lua" \
                "GET /library (page)|/library|"; do
    IFS='|' read -r name path lua <<< "$target"
    read -r rps p50 p99 <<< "$(measure "$name" "http://127.0.0.1:$port$path" "$lua" "$c")"
    share=$(python3 -c "print(f'{$rps / $nginx_rps:.2f}')")
    echo "| $name | $c | $rps | $p50 | $p99 | $share |" >> "$report_new"
  done
done
# Half the peak: Debian's wrk cannot hold a rate (no -R), but its Lua delay() can. Each connection waits
# 1 ms before each request, so N connections ask for up to N * 1000 requests/s; N starts at half the
# screening peak / 1000 and is corrected once by the rate actually reached.
report_check_measured "$report" "$work"
peak=$(awk -F'|' -v marker="$marker" '$0 == marker {figures = 1}
  figures && $2 ~ /screenings/ {gsub(/ /, "", $4); if ($4 + 0 > m + 0) m = $4 + 0} END {print m}' "$report_new")
half=$(python3 -c "print(round($peak / 2))")
sed 's/^wrk.body = f:read("\*a")$/&\nfunction delay() return 1 end/' "$work/screening.lua" > "$work/paced.lua"
paced=$(python3 -c "print(max(2, round($half / 1000)))")
read -r half_rps half_p50 half_p99 <<< "$(measure paced "http://127.0.0.1:$port/api/v1/screenings" "$work/paced.lua" "$paced")"
paced=$(python3 -c "print(max(2, round($paced * $half / $half_rps)))")
read -r half_rps half_p50 half_p99 <<< "$(measure paced "http://127.0.0.1:$port/api/v1/screenings" "$work/paced.lua" "$paced")"
{
  echo
  echo "At half the peak: the screening's peak here was $peak requests/s; paced at $half_rps requests/s"
  echo "($paced connections, each waiting 1 ms between requests), \`POST /api/v1/screenings\` answers with p50 $half_p50 and p99 $half_p99."
  echo
  echo "Resident memory of the server after the run: $(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 )) MB."
} >> "$report_new"
report_replace "$report" "$report_new" "$work"
