#!/usr/bin/env bash
# Start and memory: median of RUNS starts of Spinewise and of a one-endpoint Spring Boot app, each
# launched the same way in the same run, in several ways: the packaged jar; extracted with a class
# archive (CDS on Java 17-23, the AOT cache on 24+: what ./spinewise does); the same with lazy
# initialisation; and, when built with -Paot, with Spring AOT. Wall and CPU seconds from launch to
# /actuator/health UP and resident memory then. Spinewise starts on a fresh data dir (migrations
# included) and once more on the data dir it already made (a restart). Writes docs/startup.md.
# Environment: JAVA (default: java on the PATH), JAVA_OPTS (default: ./spinewise's), RUNS (default 5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${JAVA:-java}
java_opts=${JAVA_OPTS:-"-XX:+UseSerialGC -Xss256k -Xmx256m"}
runs=${RUNS:-5}
port=18085
ticks=$(getconf CLK_TCK)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -f "$root/target/spinewise.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
[ -f "$here/baseline/target/baseline.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests -f bench/startup/baseline/pom.xml package)
feature=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')

prepare() { # name jar -> extracts the jar into $work/name and records its class archive there
  local dir="$work/$1" data; data=$(mktemp -d)
  "$java" -Djarmode=tools -jar "$2" extract --destination "$dir" > /dev/null
  # shellcheck disable=SC2086
  "$java" $java_opts $(record "$dir/app") $3 -Dspring.context.exit=onRefresh -jar "$dir/$(basename "$2")" \
    --server.port=0 --spinewise.data-dir="$data" > "$dir/training.log" 2>&1
  rm -rf "$data"
}
record() { if [ "${feature%%.*}" -ge 24 ]; then echo "-XX:AOTCacheOutput=$1.aot"; else echo "-XX:ArchiveClassesAtExit=$1.jsa"; fi; }
use() { if [ "${feature%%.*}" -ge 24 ]; then echo "-XX:AOTCache=$1.aot"; else echo "-XX:SharedArchiveFile=$1.jsa"; fi; }

once() { # data-dir jvm-options... -- app-arguments... -> "wall cpu rss_mb"
  local data=$1; shift
  local options=(); while [ "$1" != "--" ]; do options+=("$1"); shift; done; shift
  local began; began=$(date +%s%N)
  # shellcheck disable=SC2086
  "$java" $java_opts "${options[@]}" --server.port=$port --spinewise.data-dir="$data" "$@" > "$work/last.log" 2>&1 &
  local pid=$!
  until curl -sf "localhost:$port/actuator/health" > /dev/null 2>&1; do
    kill -0 "$pid" 2> /dev/null || { cat "$work/last.log" >&2; exit 1; }
    sleep 0.05
  done
  local ended; ended=$(date +%s%N)
  local cpu; cpu=$(awk -v t="$ticks" '{printf "%.2f", ($14 + $15) / t}' "/proc/$pid/stat")
  local rss; rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2> /dev/null || true
  echo "$(python3 -c "print(f'{($ended - $began) / 1e9:.2f}')") $cpu $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

measure() { # fresh|reuse jvm-options... -- app-arguments... -> "wall cpu rss" medians
  local mode=$1; shift
  local walls=() cpus=() rsss=() data
  for _ in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    [ "$mode" = reuse ] && once "$data" "$@" > /dev/null
    read -r wall cpu rss <<< "$(once "$data" "$@")"
    walls+=("$wall"); cpus+=("$cpu"); rsss+=("$rss")
    rm -rf "$data"
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $(printf '%s\n' "${rsss[@]}" | median)"
}

row() { # way baseline-result spinewise-result restart-result
  read -r bw bc br <<< "$2"; read -r sw sc sr <<< "$3"; read -r rw rc rr <<< "$4"
  echo "| $1 | $bw / $bc / $br | $sw / $sc / $sr | $rw / $rc / $rr | $(python3 -c "print(f'{$sw / $bw:.2f}')") |"
}

baseline_jar="$here/baseline/target/baseline.jar"
spinewise_jar="$root/target/spinewise.jar"
prepare baseline "$baseline_jar" ""
prepare spinewise "$spinewise_jar" ""

report="$root/docs/startup.md"
{
  echo "# Start and memory"
  echo
  echo "Command: \`bench/startup/run.sh\` on $(nproc) cores, $(date -u +%Y-%m-%d), $("$java" -version 2>&1 | head -n 1),"
  echo "options \`$java_opts\`; median of $runs starts each, from launch to \`/actuator/health\` UP."
  echo "Each cell: wall seconds / CPU seconds / resident MB at healthy. Spinewise starts on a fresh data dir"
  echo "(all migrations run); \"restart\" starts it again on the data dir a first start made."
  echo
  echo "| launch | one-endpoint Boot app | Spinewise, fresh | Spinewise, restart | wall ratio (fresh) |"
  echo "|---|---|---|---|---|"
  row "\`java -jar\`" "$(measure fresh -jar "$baseline_jar" --)" \
    "$(measure fresh -jar "$spinewise_jar" --)" "$(measure reuse -jar "$spinewise_jar" --)"
  b=$(use "$work/baseline/app"); s=$(use "$work/spinewise/app")
  row "extracted + class archive (\`./spinewise\`)" "$(measure fresh "$b" -jar "$work/baseline/baseline.jar" --)" \
    "$(measure fresh "$s" -jar "$work/spinewise/spinewise.jar" --)" "$(measure reuse "$s" -jar "$work/spinewise/spinewise.jar" --)"
  lazy=--spring.main.lazy-initialization=true
  row "extracted + class archive + lazy initialisation" "$(measure fresh "$b" -jar "$work/baseline/baseline.jar" -- $lazy)" \
    "$(measure fresh "$s" -jar "$work/spinewise/spinewise.jar" -- $lazy)" "$(measure reuse "$s" -jar "$work/spinewise/spinewise.jar" -- $lazy)"
  if [ -f "$root/target/aot/spinewise.jar" ]; then
    prepare spinewise-aot "$root/target/aot/spinewise.jar" "-Dspring.aot.enabled=true"
    a=$(use "$work/spinewise-aot/app")
    row "extracted + class archive + Spring AOT (\`-Paot\`)" "$(measure fresh "$b" -jar "$work/baseline/baseline.jar" --)" \
      "$(measure fresh "$a" -Dspring.aot.enabled=true -jar "$work/spinewise-aot/spinewise.jar" --)" \
      "$(measure reuse "$a" -Dspring.aot.enabled=true -jar "$work/spinewise-aot/spinewise.jar" --)"
  fi
} > "$report"
cat "$report"
