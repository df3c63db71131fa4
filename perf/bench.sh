#!/usr/bin/env bash
# The benchmark of docs/performance.md. One command:
#   perf/bench.sh            the site's own pages: app vs nginx serving the same bytes, gzip, proxy cache
#   perf/bench.sh --scale    100,000 releases (generated once into perf/.work/scale-db), one client, no page cache
#   perf/bench.sh --start    start time only, on an existing external PostgreSQL (Debian's), ROUNDS=5 launches each
# Options: --quick (short runs, for trying the script), --skip-build, DURATION=s WARMUP=s ROUNDS=n in the environment;
# COMPARE_JAR=path (--start) adds the launches of another build of the jar, e.g. main's, in the same rounds.
# JAVA25=path/to/java: the Java 25 of the recommended launch (default: the newest Java 25 or later under /usr/lib/jvm).
# It installs Debian's nginx and wrk if missing, uses only 127.0.0.1 ports 18480-18489, keeps its databases
# in perf/.work (never the demo's .data/) and writes its table with the machine's description to perf/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/perf/.work
RESULTS=$ROOT/perf/results
APP_PORT=18480 STATIC_PORT=18481 PROXY_PORT=18482 APP2_PORT=18483 PG_PORT=18488 SCALE_PG_PORT=18489
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-90}
MODE=site
BUILD=yes
for arg in "$@"; do
  case "$arg" in
    --scale) MODE=scale ;;
    --start) MODE=start ;;
    --quick) DURATION=3; WARMUP=6 ;;
    --skip-build) BUILD=no ;;
    *) echo "Unknown option $arg" >&2; exit 2 ;;
  esac
done
mkdir -p "$WORK" "$RESULTS"

if [ "$MODE" != start ] && { ! command -v nginx >/dev/null 2>&1 || ! command -v wrk >/dev/null 2>&1; }; then
  echo "Installing Debian's nginx and wrk"
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nginx wrk
fi
NGINX=$(command -v nginx || true)

if [ "$MODE" = start ]; then
  exec "$ROOT/perf/start-bench.sh" "$BUILD"
fi

if [ "$BUILD" = yes ]; then
  echo "Building the jar (with the embedded PostgreSQL: -Pbenchmark)"
  ./mvnw -q -Pbenchmark -DskipTests clean package
fi
JAR=${JAR:-$(ls "$ROOT"/target/police-newsroom-*-benchmark.jar | head -1)}

# The launch recommended in docs/operations.md: the extracted jar on Java 25 with an AOT cache made by a
# training run (deploy/train-aot-cache.sh); without a Java 25, Java 17 with a class-data-sharing archive.
source "$ROOT/perf/jvm-options.sh"
JAVA17=$(command -v java)
JAVA25=$(java25)
EXTRACTED=$WORK/extracted
if [ ! -f "$EXTRACTED/.from" ] || [ "$(cat "$EXTRACTED/.from")" != "$(stat -c %Y "$JAR")" ]; then
  rm -rf "$EXTRACTED" "$WORK/app.jsa"
  java -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
  stat -c %Y "$JAR" > "$EXTRACTED/.from"
fi
APP_JAR=$(basename "$(ls "$EXTRACTED"/*.jar | head -1)")
JAVA_BIN=$JAVA17

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for conf in static proxy; do
    [ -f "$WORK/nginx-$conf.pid" ] && kill "$(cat "$WORK/nginx-$conf.pid")" 2>/dev/null || true
  done
}
trap cleanup EXIT

# start_app PORT LOG ARGS...: starts the jar, waits until it is ready; sets APP_PID and STARTED (seconds).
start_app() {
  local port=$1 log=$2; shift 2
  local t0; t0=$(date +%s.%N)
  # From the extracted directory, as production starts it: the archive or cache holds the class path.
  (cd "$EXTRACTED" && exec "$JAVA_BIN" "${JAVA_OPTS[@]}" "${CDS[@]}" -jar "$APP_JAR" --server.address=127.0.0.1 \
    --server.port="$port" --newsroom.site.base-url="http://127.0.0.1:$port" "$@") > "$log" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; then
      STARTED=$(printf '%.1f' "$(echo "$(date +%s.%N) - $t0" | bc)")
      STARTED_CPU=$(cpu_seconds "$APP_PID")
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The application stopped; see $log" >&2; tail -30 "$log" >&2; exit 1; fi
    sleep 0.1
  done
  echo "The application did not become ready; see $log" >&2; exit 1
}

stop_app() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# A training run exits without closing the application, so it leaves its PostgreSQL running.
stop_postmaster() {
  local pidfile=$1/postmaster.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(head -1 "$pidfile")
  kill -INT "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
}

# CPU ticks used so far by a process and its children (PostgreSQL backends, nginx workers).
tree_ticks() {
  local total=0 pid
  for pid in "$1" $(ps --ppid "$1" -o pid= 2>/dev/null); do
    [ -r "/proc/$pid/stat" ] && total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}

# CPU milliseconds per request: a cost that does not depend on how busy the machine is.
ms_per_request() { # ticks_before ticks_after requests_per_second
  echo "scale=3; ($2 - $1) * 1000 / $(getconf CLK_TCK) / ($3 * $DURATION)" | bc
}

# CPU seconds the JVM has used so far: a start-up cost that does not depend on how busy the machine is.
cpu_seconds() {
  local ticks; ticks=$(awk '{print $14 + $15}' "/proc/$1/stat")
  echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
peak_mb() { echo $(( $(grep VmHWM "/proc/$1/status" | awk '{print $2}') / 1024 )); }

# bench URL [wrk options...]: prints "req/s p50 p95 p99 errors"
bench() {
  local url=$1; shift
  wrk "$@" -d"${DURATION}s" --timeout 5s -s "$ROOT/perf/report.lua" "$url" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}

machine() {
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores available"
  echo "- Memory: $(free -m | awk '/Mem:/ {print $2}') MB; kernel $(uname -r)"
  echo "- $("$JAVA_BIN" -version 2>&1 | head -1) ($JAVA_BIN); $("$NGINX" -v 2>&1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "- Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: compare ratios, not absolute figures)"
  echo "- JVM: ${JAVA_OPTS[*]} ${CDS[*]:-}, MALLOC_ARENA_MAX=2"
}

STAMP=$(date -u +%Y%m%dT%H%MZ)
CDS=()

if [ "$MODE" = scale ]; then
  DB=$WORK/scale-db
  # The recommended launch's Java; the AOT cache only changes the start, which is not measured here.
  [ -z "$JAVA25" ] || JAVA_BIN=$JAVA25
  echo "Scale: database in $DB"
  start_app "$APP_PORT" "$WORK/app-scale.log" --newsroom.embedded-database.directory="$DB" \
    --newsroom.embedded-database.port="$SCALE_PG_PORT" --newsroom.page-cache.enabled=false
  PGJAR=$(find "$HOME/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' | sort -V | tail -1)
  java -cp "$PGJAR" "$ROOT/perf/GenerateReleases.java" "jdbc:postgresql://127.0.0.1:$SCALE_PG_PORT/postgres" 100000
  stop_app "$APP_PID"
  start_app "$APP_PORT" "$WORK/app-scale.log" --newsroom.embedded-database.directory="$DB" \
    --newsroom.embedded-database.port="$SCALE_PG_PORT" --newsroom.page-cache.enabled=false
  BASE=http://127.0.0.1:$APP_PORT
  PAGES=("/news" "/news?page=500" "/news?category=appeal" "/news?area=grays" "/news?category=appeal&area=grays" "/" "/news?page=4900")
  echo "Warming up"
  for page in "${PAGES[@]}"; do wrk -t1 -c2 -d"$(( WARMUP / ${#PAGES[@]} + 1 ))s" "$BASE$page" >/dev/null; done
  OUT=$RESULTS/$STAMP-scale.md
  {
    echo "# perf/bench.sh --scale, $STAMP"
    echo
    machine
    echo "- $(grep -o 'Generated [0-9]* releases.*\|Already [0-9]* generated releases' "$WORK/app-scale.log" 2>/dev/null || true)100,000 generated releases over ten years, 10 categories, 20 areas; page cache off; one client (wrk -t1 -c1, ${DURATION}s each)"
    echo
    echo "| page | req/s | p50 ms | p95 ms | p99 ms | app CPU ms/req | PostgreSQL CPU ms/req |"
    echo "|---|---|---|---|---|---|---|"
    PM=$(head -1 "$DB/postmaster.pid")
    for page in "${PAGES[@]}"; do
      a0=$(tree_ticks "$APP_PID"); d0=$(tree_ticks "$PM")
      read -r rps p50 p95 p99 errors < <(bench "$BASE$page" -t1 -c1)
      a1=$(tree_ticks "$APP_PID"); d1=$(tree_ticks "$PM")
      echo "| \`$page\` | $rps | $p50 | $p95 | $p99 | $(ms_per_request "$a0" "$a1" "$rps") | $(ms_per_request "$d0" "$d1" "$rps") |"
    done
    echo
    echo "RSS after the run: $(rss_mb "$APP_PID") MB (peak $(peak_mb "$APP_PID") MB)"
  } | tee "$OUT"
  echo "Saved $OUT"
  exit 0
fi

DB=$WORK/demo-db
DB_ARGS=(--newsroom.embedded-database.directory="$DB" --newsroom.embedded-database.port="$PG_PORT")
# A first start creates and seeds the database and trains the archive or cache.
if [ -n "$JAVA25" ] && [ ! -f "$EXTRACTED/app.aot" ]; then
  echo "Training run for the AOT cache (a first start seeds $DB)"
  JAVA=$JAVA25 JAVA_OPTS="${JAVA_OPTS[*]}" TRAINING_PORT=18485 "$ROOT/deploy/train-aot-cache.sh" "$EXTRACTED" \
    --newsroom.site.base-url=http://127.0.0.1:18485 "${DB_ARGS[@]}"
  stop_postmaster "$DB"
elif [ -z "$JAVA25" ] && [ ! -f "$EXTRACTED/app.jsa" ]; then
  echo "No Java 25 (set JAVA25=/path/to/java): training run for Java 17's class-data-sharing archive (a first start seeds $DB)"
  (cd "$EXTRACTED" && java "${JAVA_OPTS[@]}" -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
    -jar "$APP_JAR" --server.port=0 "${DB_ARGS[@]}" > "$WORK/app-training.log" 2>&1) || true
  stop_postmaster "$DB"
fi
echo "Start on the existing database, extracted on Java 17 without an archive"
start_app "$APP_PORT" "$WORK/app-plain.log" "${DB_ARGS[@]}"
START_PLAIN=$STARTED
START_PLAIN_CPU=$STARTED_CPU
stop_app "$APP_PID"
if [ -n "$JAVA25" ]; then
  JAVA_BIN=$JAVA25 CDS=(-XX:AOTCache=app.aot) LAUNCH="extracted on Java 25 with the AOT cache"
else
  CDS=(-XX:SharedArchiveFile=app.jsa -Xshare:auto) LAUNCH="extracted with the CDS archive"
fi
echo "Start on the existing database, $LAUNCH"
start_app "$APP_PORT" "$WORK/app.log" "${DB_ARGS[@]}"
START_CDS=$STARTED
START_CDS_CPU=$STARTED_CPU
APP1=$APP_PID
BASE=http://127.0.0.1:$APP_PORT

NEWS=$(curl -s "$BASE/news")
RELEASE=$(echo "$NEWS" | grep -o 'href="/news/[a-z0-9-]*"' | sed 's/href="//; s/"//' | grep -m1 county-lines || true)
[ -n "$RELEASE" ] || RELEASE=$(echo "$NEWS" | grep -o 'href="/news/[a-z0-9-]*"' | head -1 | sed 's/href="//; s/"//')
OPERATION=$(curl -s "$BASE/operations" | grep -o 'href="/operations/[a-z0-9-]*"' | head -1 | sed 's/href="//; s/"//')
PAGES=("$RELEASE" "/news" "/" "$OPERATION" "/news.atom")

# The very bytes the application serves, for nginx to serve as static files.
STATIC=$WORK/static
rm -rf "$STATIC"; mkdir -p "$STATIC"
name_of() { local n; n=$(echo "$1" | sed 's#^/$#home#; s#^/##; s#[/?=&]#_#g'); [ "$1" = /news.atom ] && echo news.atom || echo "$n.html"; }
for page in "${PAGES[@]}"; do curl -s -o "$STATIC/$(name_of "$page")" "$BASE$page"; done

# Page weight: HTML + CSS + JS, gzip-compressed, as a browser fetches them.
weight_kb() {
  local html=$STATIC/$(name_of "$1") total
  total=$(gzip -c "$html" | wc -c)
  for asset in $(grep -o '\(href\|src\)="/\(css\|js\)/[^"]*"' "$html" | sed 's/.*="//; s/"//' | sort -u); do
    total=$(( total + $(curl -s -H 'Accept-Encoding: gzip' --compressed "$BASE$asset" | gzip -c | wc -c) ))
  done
  echo "scale=1; $total / 1024" | bc
}

cat > "$WORK/nginx-static.conf" <<CONF
worker_processes auto;
pid $WORK/nginx-static.pid;
error_log $WORK/nginx-static.error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  types { text/html html; application/atom+xml atom; }
  default_type text/html;
  gzip on; gzip_comp_level 1; gzip_min_length 0; gzip_vary on;
  gzip_types application/atom+xml;
  server { listen 127.0.0.1:$STATIC_PORT; root $STATIC; }
}
CONF
"$NGINX" -c "$WORK/nginx-static.conf" -e "$WORK/nginx-static.error.log"

# The proxy cache of deploy/nginx.conf, in front of two instances on the one database.
start_app "$APP2_PORT" "$WORK/app2.log" --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  --spring.datasource.username=postgres --newsroom.scheduling.enabled=false
APP2=$APP_PID
mkdir -p "$WORK/proxy-cache"
sed -e "s#server app1:8080#server 127.0.0.1:$APP_PORT#; s#server app2:8080#server 127.0.0.1:$APP2_PORT#" \
    -e "s#listen 80;#listen 127.0.0.1:$PROXY_PORT;#" \
    -e "s#/var/cache/nginx/newsroom#$WORK/proxy-cache#" \
    -e "s#^pid .*#pid $WORK/nginx-proxy.pid;#" \
    -e "s#^error_log .*#error_log $WORK/nginx-proxy.error.log;#" \
    -e "s#^user .*#user $(id -un);#" \
    "$ROOT/deploy/nginx.conf" > "$WORK/nginx-proxy.conf"
"$NGINX" -c "$WORK/nginx-proxy.conf" -e "$WORK/nginx-proxy.error.log"

echo "Warming up for ${WARMUP}s"
for page in "${PAGES[@]}"; do
  wrk -t2 -c50 -d"$(( WARMUP / ${#PAGES[@]} + 1 ))s" "$BASE$page" >/dev/null
  wrk -t2 -c50 -d2s -H 'Accept-Encoding: gzip' "$BASE$page" >/dev/null
  wrk -t2 -c50 -d2s "http://127.0.0.1:$PROXY_PORT$page" >/dev/null
done

OUT=$RESULTS/$STAMP-site.md
GZ=(-H 'Accept-Encoding: gzip')
{
  echo "# perf/bench.sh, $STAMP"
  echo
  machine
  echo "- wrk -t2 -c50, ${DURATION}s per run, after ${WARMUP}s of warm-up; app, nginx (static file, same bytes), app gzip, nginx gzip (on the fly, level 1), proxy cache (deploy/nginx.conf, two instances) run one after another for each page"
  echo
  echo "| page | KB | app req/s | nginx req/s | ratio | app p50 ms | app p99 ms | app CPU ms/req | nginx CPU ms/req | gzip app req/s | gzip nginx req/s | gzip ratio | proxy req/s | proxy ratio | proxy p99 ms | weight KB gz |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  NGINX_MASTER=$(cat "$WORK/nginx-static.pid")
  for page in "${PAGES[@]}"; do
    file=$(name_of "$page")
    kb=$(echo "scale=1; $(wc -c < "$STATIC/$file") / 1024" | bc)
    a0=$(tree_ticks "$APP1")
    read -r a_rps a_p50 _ a_p99 a_err < <(bench "$BASE$page" -t2 -c50)
    a1=$(tree_ticks "$APP1"); n0=$(tree_ticks "$NGINX_MASTER")
    read -r n_rps _ _ _ _ < <(bench "http://127.0.0.1:$STATIC_PORT/$file" -t2 -c50)
    n1=$(tree_ticks "$NGINX_MASTER")
    read -r ag_rps _ _ _ _ < <(bench "$BASE$page" -t2 -c50 "${GZ[@]}")
    read -r ng_rps _ _ _ _ < <(bench "http://127.0.0.1:$STATIC_PORT/$file" -t2 -c50 "${GZ[@]}")
    read -r p_rps _ _ p_p99 _ < <(bench "http://127.0.0.1:$PROXY_PORT$page" -t2 -c50)
    ratio=$(echo "scale=3; $a_rps / $n_rps" | bc)
    gratio=$(echo "scale=3; $ag_rps / $ng_rps" | bc)
    pratio=$(echo "scale=3; $p_rps / $n_rps" | bc)
    echo "| \`$page\` | $kb | $a_rps | $n_rps | $ratio | $a_p50 | $a_p99 | $(ms_per_request "$a0" "$a1" "$a_rps") | $(ms_per_request "$n0" "$n1" "$n_rps") | $ag_rps | $ng_rps | $gratio | $p_rps | $pratio | $p_p99 | $(weight_kb "$page") |"
  done
  echo
  echo "- RSS of the benchmarked instance after the runs: $(rss_mb "$APP1") MB (peak $(peak_mb "$APP1") MB), with -Xmx256m"
  echo "- Start on the existing database, launch to ready (JVM and embedded PostgreSQL start included): $START_PLAIN s wall clock ($START_PLAIN_CPU s of CPU) extracted on Java 17 without an archive; $START_CDS s wall clock ($START_CDS_CPU s of CPU) $LAUNCH"
} | tee "$OUT"
echo "Saved $OUT"
