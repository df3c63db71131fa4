#!/usr/bin/env bash
# deploy/train-aot-cache.sh DIR [APPLICATION ARGUMENTS...]
#
# Makes DIR/app.aot, the ahead-of-time cache that lets the extracted jar start in about half the
# time on Java 25 (docs/operations.md, "Memory and start-up"; docs/decisions.md, 40). DIR holds the
# extracted jar (java -Djarmode=tools -jar police-newsroom.jar extract --destination DIR).
#
# A training run: the application starts from DIR exactly as production starts it, with the same
# configuration (SPRING_DATASOURCE_URL and the rest, from the environment), on a private loopback port;
# it serves a few public pages and the sign-in page (GETs only; its scheduled jobs are off), so that the
# cache holds the classes and the method profiles of real requests too; then it stops, and the JVM writes
# the cache as it exits.
# Like any start it applies pending Flyway migrations, so run it where the first instance of a
# release would migrate anyway (at deploy time, against the production database or a copy of it).
#
# The cache is only good for this jar, this Java build and these JVM options: make it again for every
# release and every Java update. A stale or missing cache makes a start slower, never fails it.
#
# Environment: JAVA (default: java on the PATH; must be 25 or later), JAVA_OPTS (default: the options of
# docs/operations.md), TRAINING_PORT (default 18479).
set -euo pipefail
DIR=${1:?usage: deploy/train-aot-cache.sh DIR [APPLICATION ARGUMENTS...]}
shift
JAVA=${JAVA:-java}
PORT=${TRAINING_PORT:-18479}
read -r -a OPTS <<< "${JAVA_OPTS:--Xmx256m -Xss512k -XX:+UseSerialGC -XX:MaxDirectMemorySize=32m}"
# The run that writes the cache needs more class metadata space than a start does: a capped
# metaspace makes the JVM give up writing it ("Unable to allocate from 'ro' region").
TRAINING_OPTS=()
for opt in "${OPTS[@]}"; do
  case "$opt" in -XX:MaxMetaspaceSize=* | -XX:AOTCache=* | -XX:SharedArchiveFile=* | -Xshare:*) ;; *) TRAINING_OPTS+=("$opt") ;; esac
done

version=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
if [ "${version%%.*}" -lt 25 ]; then
  echo "$JAVA is Java $version: the AOT cache needs Java 25 or later" >&2
  exit 1
fi

cd "$DIR"
JAR=$(ls ./*.jar | head -1)
JAR=${JAR#./}
rm -f app.aot app.aot.config
# Its scheduled jobs are off: a training run publishes nothing and sends no email.
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} "$JAVA" "${TRAINING_OPTS[@]}" -XX:AOTCacheOutput=app.aot -jar "$JAR" \
  --server.address=127.0.0.1 --server.port="$PORT" --newsroom.scheduling.enabled=false "$@" > training.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
base=http://127.0.0.1:$PORT
for _ in $(seq 1 1800); do
  if curl -sf -o /dev/null "$base/actuator/health/readiness"; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "The training run stopped; see $DIR/training.log" >&2; exit 1; fi
  sleep 0.1
done
curl -sf -o /dev/null "$base/actuator/health/readiness" || { echo "The training run never became ready" >&2; exit 1; }

# The pages: what readers ask for most, so their code is in the cache and profiled.
release=$(curl -s "$base/news" | grep -o 'href="/news/[a-z0-9-]*"' | head -1 | sed 's/href="//; s/"//' || true)
operation=$(curl -s "$base/operations" | grep -o 'href="/operations/[a-z0-9-]*"' | head -1 | sed 's/href="//; s/"//' || true)
for round in 1 2 3; do
  for page in / /news "/news?page=2" /news.atom /operations /feedback /login ${release:+"$release"} \
    ${operation:+"$operation"} /no-such-page; do
    curl -s -o /dev/null "$base$page"
    [ "$round" = 1 ] || curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$base$page"
  done
done

kill "$pid"
wait "$pid" 2>/dev/null || true
trap - EXIT
if [ ! -f app.aot ]; then
  echo "No cache was written; see $DIR/training.log" >&2
  exit 1
fi
echo "$DIR/app.aot: $(( $(stat -c %s app.aot) / 1048576 )) MB"
