#!/usr/bin/env bash
# SIGTERM while readers load pages and the scheduler is part-way through publishing COUNT
# due releases (some published, not all: checked in the database before the signal).
# Requests in flight must finish (no reset: curl's "empty reply" or "receive failure"),
# new ones are refused cleanly, the publishing job finishes the batch in hand and starts no
# other, and no publication is half done (published without its audit row or its
# status-change row, or either without the release published). After a restart every due
# release is published exactly once. Prints those figures and the shutdown time.
source "$(dirname "$0")/lib.sh"
COUNT="${COUNT:-3000}"
fresh
FAST=(--newsroom.scheduling.interval=PT0.2S --newsroom.scheduling.initial-delay=PT0S)
app_start "$APP_PORT" "${FAST[@]}"
app="$(app_pid "$APP_PORT")"
: >"$WORK/reads"
for i in 1 2 3 4; do
	( end=$(( $(date +%s) + 30 )); n=0
	while [ "$(date +%s)" -lt "$end" ] && [ "$n" -lt 5000 ]; do
		# curl's exit code tells a reset (52, 56) from a refused connection (7); set -e must
		# not end the reader at the first one.
		code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 "http://127.0.0.1:$APP_PORT/news")" && rc=0 || rc=$?
		echo "$code $rc" >>"$WORK/reads"; n=$((n + 1))
		[ "$rc" = 7 ] && sleep 0.2
	done ) &
done
sleep 3
schedule_releases "term-" "$COUNT" "now()"
# Mid-run: at least two batches of 20 published, so the job is in its loop, and far from all.
for _ in $(seq 1 3000); do
	before="$(publication_figures "term-" | cut -d' ' -f1)"
	[ "$before" -ge 40 ] && break
	sleep 0.01
done
start="$(now_ms)"
kill -TERM "$app"
while kill -0 "$app" 2>/dev/null; do sleep 0.05; done
stopped_ms=$(( $(now_ms) - start ))
half_done="$(psql_db -c "select count(*) from releases r where r.slug like 'term-%' and (
	(r.status = 'PUBLISHED') <> exists (select 1 from audit_events a
	  where a.subject_id = r.id and a.action = 'RELEASE_PUBLISHED_ON_SCHEDULE')
	or (r.status = 'PUBLISHED') <> exists (select 1 from release_status_changes c
	  where c.release_id = r.id and c.action = 'PUBLISHED_ON_SCHEDULE'))")"
at_stop="$(publication_figures "term-" | cut -d' ' -f1)"
job_line="$(grep -c 'Stopping: published' "$WORK/app-$APP_PORT.log" || true)"
wait_load
app_start "$APP_PORT" "${FAST[@]}"
for _ in $(seq 1 1800); do
	[ "$(publication_figures "term-" | cut -d' ' -f1)" -ge "$COUNT" ] && break
	sleep 0.1
done
read -r published doubled audit < <(publication_figures "term-")
changes="$(psql_db -c "select count(*) from release_status_changes c join releases r on r.id = c.release_id
	where r.slug like 'term-%' and c.action = 'PUBLISHED_ON_SCHEDULE'")"
echo "graceful shutdown under load: shutdown_ms=$stopped_ms reads=$(wc -l <"$WORK/reads")" \
	"ok=$(grep -c '^200 ' "$WORK/reads" || true)" \
	"resets=$(awk '$1 == "000" && ($2 == 52 || $2 == 56)' "$WORK/reads" | wc -l)" \
	"refused_after_stop=$(awk '$1 == "000" && $2 == 7' "$WORK/reads" | wc -l)" \
	"5xx=$(grep -c '^5' "$WORK/reads" || true) due=$COUNT published_at_signal=$before" \
	"published_at_stop=$at_stop job_stopped_after_its_batch=$job_line half_done=$half_done" \
	"after_restart: published=$published lost=$((COUNT - published)) doubled=$doubled audit_rows=$audit" \
	"status_change_rows=$changes"
