# shellcheck shell=bash
# How Spinewise's JVM is chosen and started, in one place: sourced by ./spinewise and by the
# benchmarks (bench/load, bench/startup), so they measure exactly what the run command does.

# Fewer malloc arenas: the JVM's native memory stays compact on a small machine.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# The newest JDK's java under /usr/lib/jvm (for virtual threads), or nothing.
jvm_newest() {
  (ls -d /usr/lib/jvm/temurin-2*/bin/java /usr/lib/jvm/java-2[1-9]*/bin/java 2> /dev/null || true) | sort -V | tail -n 1
}

# JAVA's exact runtime version (17.0.15+6-Debian-1deb12u1), from the JDK's release file when there
# is one: asking java itself costs a JVM start.
jvm_runtime() {
  local release runtime
  release="$(dirname "$(dirname "$(readlink -f "$(command -v "$1")")")")/release"
  runtime=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$release" 2> /dev/null || true)
  [ -n "$runtime" ] || runtime=$("$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {print $2}')
  echo "$runtime"
}

# The feature release (17, 25) of a runtime version.
jvm_feature() {
  echo "${1%%[.+-]*}"
}

# The JVM options for a feature release (docs/startup.md, docs/load.md): a serial heap of 32 MB that
# grows only as needed to at most 128 MB (a heap sized up front was touched whole: 70 MB more resident
# memory), small thread stacks, and compact object headers where the JDK has them (25+: every object
# 4 bytes smaller, same speed).
jvm_options() {
  local options="-XX:+UseSerialGC -Xss256k -Xms32m -Xmx128m"
  [ "$1" -lt 25 ] || options="$options -XX:+UseCompactObjectHeaders"
  echo "$options"
}

# The class archive for a feature release, at PATH plus its suffix: a CDS archive on Java 17-24, the
# JDK's AOT cache on 25+ (-XX:AOTCacheOutput came with Java 25).
jvm_archive() { # feature path
  if [ "$1" -ge 25 ]; then echo "$2.aot"; else echo "$2.jsa"; fi
}
jvm_record_archive() { # feature archive
  if [ "$1" -ge 25 ]; then echo "-XX:AOTCacheOutput=$2"; else echo "-XX:ArchiveClassesAtExit=$2"; fi
}
jvm_use_archive() { # feature archive
  if [ "$1" -ge 25 ]; then echo "-XX:AOTCache=$2"; else echo "-XX:SharedArchiveFile=$2"; fi
}

# Builds ROOT/target/spinewise.jar when it is missing or a source is newer.
spinewise_jar_built() { # root
  local jar="$1/target/spinewise.jar"
  if [ ! -f "$jar" ] || [ -n "$(cd "$1" && find pom.xml src/main -newer "$jar" -print -quit)" ]; then
    echo "Building $jar..." >&2
    (cd "$1" && ./mvnw -B -q -DskipTests package)
  fi
}
