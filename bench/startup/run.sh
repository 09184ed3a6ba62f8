#!/usr/bin/env bash
# Start and memory: median of RUNS starts of Spinewise (packaged jar, fresh data dir) and of a
# one-endpoint Spring Boot app, started the same way in the same run: wall and CPU seconds from
# launch to /actuator/health UP, and resident memory then. Writes docs/startup.md.
# Environment: JAVA (default java), JAVA_OPTS (default "-XX:+UseSerialGC -Xss256k"), RUNS (default 5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${JAVA:-java}
java_opts=${JAVA_OPTS:-"-XX:+UseSerialGC -Xss256k"}
runs=${RUNS:-5}
port=18085
[ -f "$root/target/spinewise.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
[ -f "$here/baseline/target/baseline.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests -f bench/startup/baseline/pom.xml package)
ticks=$(getconf CLK_TCK)

once() { # jar extra-args... -> "wall cpu rss_mb"
  local jar=$1; shift
  local data; data=$(mktemp -d)
  local began; began=$(date +%s%N)
  # shellcheck disable=SC2086
  "$java" $java_opts -jar "$jar" --server.port=$port --spinewise.data-dir="$data" "$@" > /dev/null 2>&1 &
  local pid=$!
  until curl -sf "localhost:$port/actuator/health" > /dev/null 2>&1; do sleep 0.05; done
  local ended; ended=$(date +%s%N)
  local cpu; cpu=$(awk -v t="$ticks" '{printf "%.2f", ($14 + $15) / t}' "/proc/$pid/stat")
  local rss; rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2> /dev/null || true
  rm -rf "$data"
  echo "$(python3 -c "print(f'{($ended - $began) / 1e9:.2f}')") $cpu $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

measure() { # name jar
  local walls=() cpus=() rsss=()
  for _ in $(seq 1 "$runs"); do
    read -r wall cpu rss <<< "$(once "$2")"
    walls+=("$wall"); cpus+=("$cpu"); rsss+=("$rss")
  done
  echo "| $1 | $(printf '%s\n' "${walls[@]}" | median) | $(printf '%s\n' "${cpus[@]}" | median) | $(printf '%s\n' "${rsss[@]}" | median) |"
}

report="$root/docs/startup.md"
{
  echo "# Start and memory"
  echo
  echo "Command: \`bench/startup/run.sh\` on $(nproc) cores, $(date -u +%Y-%m-%d), $("$java" -version 2>&1 | head -n 1),"
  echo "options \`$java_opts\`; median of $runs starts each, from launch to \`/actuator/health\` UP."
  echo
  echo "| app | wall seconds | CPU seconds | resident MB at healthy |"
  echo "|---|---|---|---|"
  measure "one-endpoint Boot app" "$here/baseline/target/baseline.jar"
  measure "Spinewise" "$root/target/spinewise.jar"
} > "$report"
cat "$report"
