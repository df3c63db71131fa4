#!/usr/bin/env bash
# perf/bench.sh --start: how long the packaged jar takes to start on an existing external PostgreSQL,
# as production starts it (docs/performance.md, "Start-up"). Run through perf/bench.sh; the one
# argument says whether to build the jar first (yes or no).
#
# It starts a private PostgreSQL from Debian's packages (as drills/lib.sh does) on 127.0.0.1:18487 with
# its data in /tmp/newsroom-start-pg-18487 (kept between runs: an existing database), lets a first start
# migrate it, then launches the application ROUNDS times in each configuration, interleaved, and records
# the time from launch to ready (readiness probe answers 200) and the CPU seconds the JVM used until then.
# The CPU figure depends far less than the wall clock on what else the machine is doing.
# The launches: Java 17 as a plain jar and extracted with a CDS archive; Java 25 (JAVA25, or the newest
# under /usr/lib/jvm) extracted with an AOT cache made by deploy/train-aot-cache.sh, the recommended
# launch (docs/operations.md), with Hibernate booted in the background (the default) and on the main thread.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${1:-yes}
WORK=$ROOT/perf/.work/start
RESULTS=$ROOT/perf/results
APP_PORT=18484 PG_PORT=18487
ROUNDS=${ROUNDS:-5}
PG_DIR=${START_PG_DIR:-/tmp/newsroom-start-pg-$PG_PORT}
mkdir -p "$WORK" "$RESULTS"
source "$ROOT/perf/jvm-options.sh"

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  echo "Installing Debian's PostgreSQL"
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$BUILD" = yes ]; then
  echo "Building the jar (./mvnw package, as for production: no embedded PostgreSQL)"
  ./mvnw -q -DskipTests clean package
fi
JAR=$(ls "$ROOT"/target/police-newsroom-*.jar | grep -v -- '-benchmark.jar' | head -1)
if ! unzip -p "$JAR" META-INF/MANIFEST.MF | grep -q '^Main-Class'; then
  echo "$JAR is not the executable jar (built with -Pbenchmark?): run without --skip-build" >&2
  exit 1
fi
# A copy, so that a build during the run cannot change the jar under a launch.
cp -p "$JAR" "$WORK/$(basename "$JAR")"
JAR=$WORK/$(basename "$JAR")

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 1' INT TERM

if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
  mkdir -p "$PG_DIR"; chmod 777 "$PG_DIR"
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
  { echo "listen_addresses = '127.0.0.1'"; echo "unix_socket_directories = '$PG_DIR'"; } >> "$PG_DIR/data/postgresql.conf"
fi
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT" -l "$PG_DIR/postgres.log" -w start >/dev/null
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atc "select 1 from pg_database where datname = 'newsroom'" | grep -q 1 \
  || "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres newsroom
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/newsroom" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD=

# extract JAR DIR: the extracted jar and its class-data-sharing archive, made by a training run (which also
# migrates the database on the very first run). Prints the path of the extracted jar.
extract() {
  local jar=$1 dir=$2
  if [ ! -f "$dir/.from" ] || [ "$(cat "$dir/.from")" != "$(stat -c %Y "$jar")" ] || [ ! -f "$dir/app.jsa" ]; then
    rm -rf "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    (cd "$dir" && java "${JAVA_OPTS[@]}" -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
      -jar "$(basename "$jar")" --server.port=0 > training.log 2>&1 || true)
    [ -f "$dir/app.jsa" ] || { echo "No archive made; see $dir/training.log" >&2; exit 1; }
    stat -c %Y "$jar" > "$dir/.from"
  fi
  echo "$dir/$(basename "$jar")"
}

# extract25 JAR DIR: the extracted jar and its AOT cache (Java 25), made by deploy/train-aot-cache.sh, the
# script production uses (a training run that serves a few pages). Launches run from DIR, as production
# does: the cache is only used when the class path is the one it was trained with.
extract25() {
  local jar=$1 dir=$2
  if [ ! -f "$dir/.from" ] || [ "$(cat "$dir/.from")" != "$(stat -c %Y "$jar")" ] || [ ! -f "$dir/app.aot" ]; then
    rm -rf "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    JAVA=$JAVA25 JAVA_OPTS="${JAVA_OPTS[*]}" TRAINING_PORT=18486 "$ROOT/deploy/train-aot-cache.sh" "$dir" \
      --newsroom.site.base-url="http://127.0.0.1:18486" >/dev/null
    stat -c %Y "$jar" > "$dir/.from"
  fi
}

# Each launch: a label, the java to run, the directory to run it from, then the java arguments.
LABELS=() JAVAS=() DIRS=() LAUNCHES=()
add() { LABELS+=("$1"); JAVAS+=("$2"); DIRS+=("$3"); shift 3; LAUNCHES+=("$(printf '%q ' "$@")"); }
JAVA17=$(command -v java)
JAVA25=$(java25)
EXTRACTED=$(extract "$JAR" "$WORK/app")
add "Java 17: plain jar (java -jar)" "$JAVA17" "$WORK" -jar "$JAR"
add "Java 17: extracted, CDS archive" "$JAVA17" "$WORK/app" -XX:SharedArchiveFile=app.jsa -jar "$(basename "$JAR")"
if [ -n "$JAVA25" ]; then
  extract25 "$JAR" "$WORK/app25"
  add "Java 25: extracted, AOT cache (recommended)" "$JAVA25" "$WORK/app25" -XX:AOTCache=app.aot -jar "$(basename "$JAR")"
  add "Java 25: extracted, AOT cache, JPA bootstrap on the main thread" "$JAVA25" "$WORK/app25" -XX:AOTCache=app.aot \
    -jar "$(basename "$JAR")" --spring.data.jpa.repositories.bootstrap-mode=default
else
  echo "No Java 25 found (set JAVA25=/path/to/java): measuring Java 17's launches only" >&2
fi
if [ -n "${COMPARE_JAR:-}" ]; then
  COMPARED=$(extract "$COMPARE_JAR" "$WORK/compare")
  add "compared jar: Java 17, extracted, CDS archive" "$JAVA17" "$WORK/compare" -XX:SharedArchiveFile=app.jsa \
    -jar "$(basename "$COMPARED")"
  if [ -n "$JAVA25" ]; then
    extract25 "$COMPARE_JAR" "$WORK/compare25"
    add "compared jar: Java 25, extracted, AOT cache" "$JAVA25" "$WORK/compare25" -XX:AOTCache=app.aot \
      -jar "$(basename "$COMPARE_JAR")"
  fi
fi

# launch I: starts launch I, waits until it is ready, stops it; sets WALL and CPU (seconds).
launch() {
  local index=$1 t0 pid
  eval "set -- ${LAUNCHES[$index]}"
  t0=$(date +%s.%N)
  (cd "${DIRS[$index]}" && exec "${JAVAS[$index]}" "${JAVA_OPTS[@]}" "$@" --server.address=127.0.0.1 \
    --server.port="$APP_PORT" --newsroom.site.base-url="http://127.0.0.1:$APP_PORT") > "$WORK/launch-$index.log" 2>&1 &
  pid=$!
  PIDS=("$pid")
  until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "${LABELS[$index]} stopped; see $WORK/launch-$index.log" >&2; exit 1; fi
    sleep 0.05
  done
  WALL=$(printf '%.2f' "$(echo "$(date +%s.%N) - $t0" | bc)")
  CPU=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  PIDS=()
}

# stats "v1 v2 ...": "min median"
stats() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f", v[1], m}'; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A WALLS CPUS
RUNS=()
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!LABELS[@]}"; do
    launch "$i"
    WALLS[$i]="${WALLS[$i]:-} $WALL"; CPUS[$i]="${CPUS[$i]:-} $CPU"
    RUNS+=("| $round | ${LABELS[$i]} | $WALL | $CPU | $(cut -d' ' -f1 /proc/loadavg) |")
    echo "round $round: ${LABELS[$i]}: $WALL s, $CPU s of CPU"
  done
done

STAMP=$(date -u +%Y%m%dT%H%MZ)
OUT=$RESULTS/$STAMP-start.md
{
  echo "# perf/bench.sh --start, $STAMP"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores available"
  echo "- Memory: $(free -m | awk '/Mem:/ {print $2}') MB; kernel $(uname -r)"
  echo "- $(java -version 2>&1 | head -1)${JAVA25:+; $("$JAVA25" -version 2>&1 | head -1) ($JAVA25)}; PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (Debian), external, on the same machine"
  echo "- JVM: ${JAVA_OPTS[*]}, MALLOC_ARENA_MAX=2"
  echo "- Load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: the CPU seconds matter more than the wall clock)"
  echo "- $ROUNDS rounds, each launching every configuration once, one after another; launch to ready (readiness 200)"
  echo
  echo "| launch | wall min s | wall median s | CPU min s | CPU median s |"
  echo "|---|---|---|---|---|"
  for i in "${!LABELS[@]}"; do
    read -r wmin wmed <<< "$(stats "${WALLS[$i]}")"
    read -r cmin cmed <<< "$(stats "${CPUS[$i]}")"
    echo "| ${LABELS[$i]} | $wmin | $wmed | $cmin | $cmed |"
  done
  echo
  echo "Every launch:"
  echo
  echo "| round | launch | wall s | CPU s | load after |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${RUNS[@]}"
} | tee "$OUT"
echo "Saved $OUT"
