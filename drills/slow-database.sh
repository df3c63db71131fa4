#!/usr/bin/env bash
# A database that stops answering, in two ways.
# 1. PostgreSQL frozen (SIGSTOP to the server and every backend) for FROZEN_SECONDS under 4
#    readers: pages and the health check must answer (503) within seconds, never hang, and
#    the site recovers by itself after SIGCONT. Prints the slowest answer while frozen,
#    503s, 5xx other than 503, hangs (no answer within 15 s) and recovery time.
# 2. A slow transaction (a long maintenance job, say) holds a lock on the feedback table and
#    on one operation's row for LOCK_SECONDS while 4 readers load pages and 3 visitors send
#    feedback: the saves that need those locks give up after lock_timeout, with a page that
#    says the save failed and keeps what was typed (a visitor's feedback, an officer's
#    change to the operation), while the readers are still served; nothing half saved.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/load.sh"
FROZEN_SECONDS="${FROZEN_SECONDS:-20}"
LOCK_SECONDS="${LOCK_SECONDS:-15}"
ADMIN=drill-admin@newsroom.test
ADMIN_PASSWORD="slow saves keep their words $RANDOM"
fresh
# The first admin, created at the first start, signs in for the press office's part.
export NEWSROOM_ADMIN_EMAIL="$ADMIN" NEWSROOM_ADMIN_PASSWORD="$ADMIN_PASSWORD"
app_start "$APP_PORT"
BASE="http://127.0.0.1:$APP_PORT"

# --- 1. frozen ---
: >"$WORK/reads"
for i in 1 2 3 4; do reader "$APP_PORT" $((FROZEN_SECONDS + 25)) "$WORK/reads" & done
sleep 5
log "freezing PostgreSQL for ${FROZEN_SECONDS}s"
frozen="$(now_ms)"
pg_freeze
health_code="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 20 \
	"$BASE/actuator/health/readiness")" || true
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

# --- 2. locks held by a slow transaction ---
office="$WORK/office-jar"
csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
office_get() { curl -s --max-time 15 -b "$office" -c "$office" "$BASE$1"; }
office_post() { local path="$1"; shift; curl -s --max-time 15 -b "$office" -c "$office" "$@" "$BASE$path"; }
office_post /login -o /dev/null --data-urlencode "_csrf=$(office_get /login | csrf_of)" \
	--data-urlencode "username=$ADMIN" --data-urlencode "password=$ADMIN_PASSWORD"
DETAILS=(--data-urlencode "name=Operation Drill slow saves" -d codeName=Drill -d ledBy=Drills -d startDay=1 -d startMonth=3
	-d startYear=2025 -d endDay=7 -d endMonth=3 -d endYear=2025 -d _areas=on)
location="$(office_post /press-office/operations -o /dev/null -w '%{redirect_url}' \
	--data-urlencode "_csrf=$(office_get /press-office/operations/new | csrf_of)" "${DETAILS[@]}" \
	--data-urlencode "summary=As first saved.")"
operation="${location##*/}"
[ -n "$operation" ] && [ "$operation" -gt 0 ] 2>/dev/null || { log "could not create an operation ($location)"; exit 1; }
edit_page="$(office_get "/press-office/operations/$operation")"
version="$(sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' <<<"$edit_page" | head -1)"
token="$(csrf_of <<<"$edit_page")"

: >"$WORK/reads2"; : >"$WORK/acked2"; : >"$WORK/acked2.codes"
for i in 1 2 3 4; do reader "$APP_PORT" $((LOCK_SECONDS + 10)) "$WORK/reads2" & done
for i in 1 2 3; do send_many "$APP_PORT" $((LOCK_SECONDS + 10)) "$WORK/acked2" "$((i + 10))" & done
sleep 3
log "a slow transaction holds the feedback table and operation $operation for ${LOCK_SECONDS}s"
psql_db -c "begin; lock table feedback in exclusive mode;
	select 1 from operations where id = $operation for update; select pg_sleep($LOCK_SECONDS); commit;" \
	>/dev/null 2>&1 &
locker=$!
sleep 1
locked="$(now_ms)"
typed="Arches at six stations, typed while the database was slow $RANDOM."
saved_page="$(office_post "/press-office/operations/$operation" -w '\n%{http_code} %{time_total}' \
	--data-urlencode "_csrf=$token" -d "version=$version" "${DETAILS[@]}" --data-urlencode "summary=$typed")"
save_status="$(tail -1 <<<"$saved_page")"
office_kept="$(grep -c "$typed" <<<"$saved_page" || true)"
office_said="$(grep -c 'Your changes have not been saved' <<<"$saved_page" || true)"
visitor_text="Feedback typed while the database was slow $RANDOM"
jar="$WORK/visitor-jar"
visitor_token="$(curl -s -c "$jar" -b "$jar" -H 'X-Forwarded-For: 10.99.0.1' "$BASE/feedback" | csrf_of)"
visitor_page="$(curl -s -c "$jar" -b "$jar" -H 'X-Forwarded-For: 10.99.0.1' -w '\n%{http_code} %{time_total}' \
	--data-urlencode "_csrf=$visitor_token" --data-urlencode "doing=$visitor_text" "$BASE/feedback")"
visitor_status="$(tail -1 <<<"$visitor_page")"
visitor_kept="$(grep -c "$visitor_text" <<<"$visitor_page" || true)"
visitor_said="$(grep -c 'your feedback has not been sent' <<<"$visitor_page" || true)"
wait "$locker" || true
released="$(now_ms)"
log "lock released"
wait_load
summary_now="$(psql_db -c "select summary from operations where id = $operation")"
during() { awk -v a="$locked" -v b="$released" '$1 >= a && $1 <= b' "$1"; }
echo "slow transaction holding locks: office_save=\"$save_status\" office_says_not_saved=$office_said" \
	"office_text_kept=$office_kept office_half_saved=$([ "$summary_now" = "As first saved." ] && echo 0 || echo 1)" \
	"visitor_send=\"$visitor_status\" visitor_says_not_sent=$visitor_said visitor_text_kept=$visitor_kept" \
	"pages_during_lock=\"$(during "$WORK/reads2" | awk '$2 ~ /^[0-9]+$/ {print $2}' | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')\"" \
	"slowest_page_s=$(during "$WORK/reads2" | awk '$3 > m {m=$3} END {print m+0}')" \
	"feedback_during_lock=\"$(during "$WORK/acked2.codes" | awk '{print $2}' | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')\"" \
	"feedback_acknowledged=$(wc -l <"$WORK/acked2") lost=$(lost_feedback "$WORK/acked2")" \
	"5xx_not_503=$(awk '$2 ~ /^5/ && $2 != 503' "$WORK/reads2" "$WORK/acked2.codes" | wc -l)" \
	"stack_traces=$(grep -c TRACE "$WORK/reads2" || true)"
