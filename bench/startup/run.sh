#!/usr/bin/env bash
# Start and memory: median of RUNS starts of Spinewise and of a one-endpoint Spring Boot app, each
# launched the same way in the same run, in several ways: the packaged jar; extracted with a class
# archive (CDS on Java 17-24, the AOT cache on 25+: what ./spinewise does); the same with lazy
# initialisation; and a Spring AOT build (-Paot) with the archive. Wall and CPU seconds from launch to
# /actuator/health UP and resident memory then. Spinewise starts on a fresh data dir (migrations
# included) and once more on the data dir it already made (a restart). Writes docs/startup.md.
# Environment: JAVAS (default: java on the PATH and the newest JDK under /usr/lib/jvm), JAVA_OPTS
# (default: ./spinewise's), RUNS (default 5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=../../scripts/jvm.sh
. "$root/scripts/jvm.sh"
javas=${JAVAS:-"$(command -v java) $(jvm_newest)"}
runs=${RUNS:-5}
port=18085
ticks=$(getconf CLK_TCK)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same build with Spring AOT processing (-Paot), kept aside, then the plain jar again.
(cd "$root" && ./mvnw -B -q -Paot -DskipTests package && cp target/spinewise.jar "$work/spinewise-aot.jar" \
  && ./mvnw -B -q -DskipTests package)
[ -f "$here/baseline/target/baseline.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests -f bench/startup/baseline/pom.xml package)

prepare() { # name jar -> extracts the jar into $work/name and records its class archive there
  local dir="$work/$1" data; data=$(mktemp -d)
  rm -rf "$dir"
  "$java" -Djarmode=tools -jar "$2" extract --destination "$dir" > /dev/null
  # shellcheck disable=SC2086
  "$java" $java_opts $(record "$dir/app") $3 -Dspring.context.exit=onRefresh -jar "$dir/$(basename "$2")" \
    --server.port=0 --spinewise.data-dir="$data" --spring.main.lazy-initialization=false > "$dir/training.log" 2>&1
  rm -rf "$data"
}
record() { jvm_record_archive "$feature" "$(jvm_archive "$feature" "$1")"; }
use() { jvm_use_archive "$feature" "$(jvm_archive "$feature" "$1")"; }

once() { # data-dir jvm-options... -- app-arguments... -> "wall cpu rss_mb"
  local data=$1; shift
  local options=(); while [ "$1" != "--" ]; do options+=("$1"); shift; done; shift
  local began; began=$(date +%s%N)
  # shellcheck disable=SC2086
  "$java" $java_opts "${options[@]}" --server.port=$port --spinewise.data-dir="$data" "$@" > "$work/last.log" 2>&1 &
  local pid=$!
  until curl -sf "localhost:$port/actuator/health" > /dev/null 2>&1; do
    # once runs in $(...), where exit ends only the subshell: the failure is left for report_replace.
    kill -0 "$pid" 2> /dev/null || { cat "$work/last.log" >&2; touch "$work/failed"; exit 1; }
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

table() { # one section of the report for $java
  feature=$(jvm_feature "$(jvm_runtime "$java")")
  java_opts=${JAVA_OPTS:-$(jvm_options "$feature")}
  prepare baseline "$baseline_jar" ""
  prepare spinewise "$spinewise_jar" ""
  echo "## $("$java" -version 2>&1 | head -n 1)"
  echo
  echo "Options \`$java_opts\`."
  echo
  echo "| launch | one-endpoint Boot app | Spinewise, fresh | Spinewise, restart | wall ratio (fresh) |"
  echo "|---|---|---|---|---|"
  local eager=--spring.main.lazy-initialization=false lazy=--spring.main.lazy-initialization=true
  row "\`java -jar\`" "$(measure fresh -jar "$baseline_jar" -- $eager)" \
    "$(measure fresh -jar "$spinewise_jar" -- $eager)" "$(measure reuse -jar "$spinewise_jar" -- $eager)"
  local b s a
  b=$(use "$work/baseline/app"); s=$(use "$work/spinewise/app")
  row "extracted + class archive" "$(measure fresh "$b" -jar "$work/baseline/baseline.jar" -- $eager)" \
    "$(measure fresh "$s" -jar "$work/spinewise/spinewise.jar" -- $eager)" \
    "$(measure reuse "$s" -jar "$work/spinewise/spinewise.jar" -- $eager)"
  row "extracted + class archive + lazy initialisation (\`./spinewise\`)" \
    "$(measure fresh "$b" -jar "$work/baseline/baseline.jar" -- $lazy)" \
    "$(measure fresh "$s" -jar "$work/spinewise/spinewise.jar" -- $lazy)" \
    "$(measure reuse "$s" -jar "$work/spinewise/spinewise.jar" -- $lazy)"
  prepare spinewise-aot "$work/spinewise-aot.jar" "-Dspring.aot.enabled=true"
  a=$(use "$work/spinewise-aot/app")
  row "the same + Spring AOT (Spinewise only)" "$(measure fresh "$b" -jar "$work/baseline/baseline.jar" -- $lazy)" \
    "$(measure fresh "$a" -Dspring.aot.enabled=true -jar "$work/spinewise-aot/spinewise-aot.jar" -- $lazy)" \
    "$(measure reuse "$a" -Dspring.aot.enabled=true -jar "$work/spinewise-aot/spinewise-aot.jar" -- $lazy)"
  echo
}

# shellcheck source=../report.sh
. "$here/../report.sh"
report="$root/docs/startup.md"
marker="<!-- Figures below: written by bench/startup/run.sh -->"
kept=$(report_kept "$report" "$marker" "Start and memory")
{
  echo "$kept"
  echo
  echo "Command: \`bench/startup/run.sh\` on $(nproc) cores, $(date -u +%Y-%m-%d); median of $runs starts each, from"
  echo "launch to \`/actuator/health\` UP. Each cell: wall seconds / CPU seconds / resident MB at healthy."
  echo "Spinewise starts on a fresh data dir (all migrations run); \"restart\" starts it again on the data dir"
  echo "a first start made. The Spring AOT row runs a jar built with \`./mvnw -Paot -DskipTests package\`."
  echo
  for java in $javas; do table; done
} > "$work/startup.md"
report_replace "$report" "$work/startup.md" "$work"
