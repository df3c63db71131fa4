#!/usr/bin/env bash
# PostgreSQL frozen (SIGSTOP to the server and every backend) as a stand-in for a database that stops answering: pages and
# the health check must answer (503) within seconds, never hang; after SIGCONT the site
# recovers by itself. Prints the slowest answer while frozen, 503s, 5xx other than 503,
# hangs (no answer within 15 s) and recovery time.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/load.sh"
FROZEN_SECONDS="${FROZEN_SECONDS:-20}"
fresh
app_start "$APP_PORT"
: >"$WORK/reads"
for i in 1 2 3 4; do reader "$APP_PORT" $((FROZEN_SECONDS + 25)) "$WORK/reads" & done
sleep 5
log "freezing PostgreSQL for ${FROZEN_SECONDS}s"
frozen="$(now_ms)"
pg_freeze
health_code="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 20 \
	"http://127.0.0.1:$APP_PORT/actuator/health/readiness")"
sleep "$FROZEN_SECONDS"
pg_thaw
thawed="$(now_ms)"
log "PostgreSQL thawed"
wait_load
first_good="$(awk -v t="$thawed" '$1 >= t && $2 == 200 {print $1; exit}' "$WORK/reads")"
slowest="$(awk -v a="$frozen" -v b="$thawed" '$1 >= a && $1 <= b+15000 && $3 > m {m=$3} END {print m+0}' "$WORK/reads")"
echo "slow (frozen) database: readiness_while_frozen=\"$health_code\"" \
	"503=$(awk '$2 == 503' "$WORK/reads" | wc -l)" \
	"5xx_not_503=$(awk '$2 ~ /^5/ && $2 != 503' "$WORK/reads" | wc -l)" \
	"hangs=$(awk '$2 == "000"' "$WORK/reads" | wc -l) slowest_answer_s=$slowest" \
	"stack_traces=$(grep -c TRACE "$WORK/reads" || true) lost=0 doubled=0" \
	"recovery_ms=$(( ${first_good:-0} - thawed ))"
