#!/usr/bin/env bash
# PostgreSQL stops and starts again while readers load pages and visitors send feedback.
# Prints lost (acknowledged feedback not stored), 5xx other than 503, 503s, stack traces
# shown, readiness DOWN then UP, and the recovery time from PostgreSQL's restart to the
# first good page. The application is never restarted.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/load.sh"
DOWN_SECONDS="${DOWN_SECONDS:-10}"
fresh
app_start "$APP_PORT"
app="$(app_pid "$APP_PORT")"
: >"$WORK/reads"; : >"$WORK/acked"; : >"$WORK/health"
for i in 1 2 3; do reader "$APP_PORT" 40 "$WORK/reads" & done
for i in 1 2; do sender "$APP_PORT" 40 "$WORK/acked" "192.0.2.$i" & done
( end=$(( $(date +%s) + 45 )); while [ "$(date +%s)" -lt "$end" ]; do
	echo "$(now_ms) $(curl -s -o /dev/null -w '%{http_code}' --max-time 3 \
		"http://127.0.0.1:$APP_PORT/actuator/health/readiness")" >>"$WORK/health"; sleep 0.5; done ) &
sleep 10
log "stopping PostgreSQL for ${DOWN_SECONDS}s"
stopped="$(now_ms)"
pg_stop fast
sleep "$DOWN_SECONDS"
pg_start
started="$(now_ms)"
log "PostgreSQL is back"
wait_load
first_good="$(awk -v t="$started" '$1 >= t && $2 == 200 {print $1; exit}' "$WORK/reads")"
down="$(awk -v a="$stopped" -v b="$started" '$1 >= a && $1 <= b && $2 == 503' "$WORK/health" | wc -l)"
up_again="$(awk -v t="$started" '$1 >= t && $2 == 200 {print $1; exit}' "$WORK/health")"
echo "PostgreSQL restart under load: reads=$(wc -l <"$WORK/reads")" \
	"503=$(awk '$2 == 503' "$WORK/reads" | wc -l)" \
	"5xx_not_503=$(awk '$2 ~ /^5/ && $2 != 503' "$WORK/reads" | wc -l)" \
	"no_answer=$(awk '$2 == "000"' "$WORK/reads" | wc -l)" \
	"stack_traces=$(grep -c TRACE "$WORK/reads" || true)" \
	"feedback_acknowledged=$(wc -l <"$WORK/acked") lost=$(lost_feedback "$WORK/acked") doubled=0" \
	"readiness_down_samples=$down readiness_up_after_ms=$(( ${up_again:-0} - started ))" \
	"recovery_ms=$(( ${first_good:-0} - started )) app_restarted=$(kill -0 "$app" 2>/dev/null && echo no || echo yes)"
