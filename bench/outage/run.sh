#!/usr/bin/env bash
# Database outage: Spinewise on PostgreSQL, then PostgreSQL stopped while it serves, then started
# again. Checks 503 problem+json with Retry-After and health DOWN during the outage, nothing
# half-written, and full recovery without restarting Spinewise. Needs root (pg_ctlcluster) and
# PG_URL, PG_USER, PG_PASSWORD for a local cluster.  Usage: bench/outage/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=18084
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
[ -f "$root/target/spinewise.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
work=$(mktemp -d)
trap 'cp "$work/server.log" /tmp/outage-server.log 2>/dev/null; kill ${server:-0} 2>/dev/null || true; pg_ctlcluster $cluster start 2>/dev/null || true; rm -rf "$work"' EXIT

java -jar "$root/target/spinewise.jar" --server.port=$port --spinewise.data-dir="$work/data" \
  --spring.profiles.active=postgres --logging.level.root=WARN > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 90); do curl -sf "localhost:$port/actuator/health" > /dev/null && break; sleep 1; done

jar="$work/cookies"
token() { curl -s -c "$jar" -b "$jar" "localhost:$port/api/v1/csrf" | python3 -c "import json,sys;print(json.load(sys.stdin)['token'])"; }
put() { curl -s -o "$work/answer" -D "$work/headers" -w "%{http_code}" -m 20 -b "$jar" -X PUT -H "X-XSRF-TOKEN: $xsrf" \
  -H 'Content-Type: application/json' --data '{"pain": 3, "stiffness": 4, "sittingHours": 6.5}' "localhost:$port/api/v1/checkins/$1"; }
email="outage-$(date +%s%N)@example.org"
curl -s -o /dev/null -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $(token)" -H 'Content-Type: application/json' \
  --data "{\"email\": \"$email\", \"password\": \"quiet-river-stone-42\"}" "localhost:$port/api/v1/account"
xsrf=$(token)
before=$(date -u -d '-1 day' +%F)
during=$(date -u -d '-2 days' +%F)
after=$(date -u -d '-3 days' +%F)
[ "$(put "$before")" = 201 ] || { echo "no check-in before the outage" >&2; exit 1; }

pg_ctlcluster $cluster stop
status=$(put "$during")
health=$(curl -s -o /dev/null -w "%{http_code}" "localhost:$port/actuator/health")
echo "during the outage: PUT answered $status ($(grep -i '^content-type' "$work/headers" | tr -d '\r')," \
  "$(grep -i '^retry-after' "$work/headers" | tr -d '\r')), health answered $health"
if ! { [ "$status" = 503 ] && grep -qi '^retry-after' "$work/headers" && grep -qi 'problem+json' "$work/headers" \
    && [ "$health" = 503 ]; }; then
  echo "outage: FAILED (expected 503 problem+json with Retry-After, and health 503)" >&2
  exit 1
fi
screening=$(curl -s -o /dev/null -w "%{http_code}" -H 'Content-Type: application/json' \
  --data "$(python3 -c "import json;print(json.dumps(json.load(open('$root/src/test/resources/examples/screenings.json'))[0]['request']))")" \
  "localhost:$port/api/v1/screenings")
echo "a screening (no database needed) during the outage answered $screening"

pg_ctlcluster $cluster start
for _ in $(seq 1 30); do [ "$(curl -s -o /dev/null -w "%{http_code}" "localhost:$port/actuator/health")" = 200 ] && break; sleep 1; done
status_after=$(put "$after")
days=$(curl -s -b "$jar" "localhost:$port/api/v1/checkins" | python3 -c "import json,sys;print(' '.join(i['day'] for i in json.load(sys.stdin)['items']))")
echo "after the outage, without a restart: PUT answered $status_after; stored days: $days"
if [ "$status_after" = 201 ] && [[ " $days " == *" $before "* ]] && [[ " $days " == *" $after "* ]] \
    && [[ " $days " != *" $during "* ]]; then
  echo "outage: OK"
else
  echo "outage: FAILED (no recovery, or a half-written check-in)" >&2
  exit 1
fi
