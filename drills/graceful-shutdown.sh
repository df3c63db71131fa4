#!/usr/bin/env bash
# SIGTERM while readers load pages and scheduled releases are being published. Requests in
# flight must finish (no reset: curl's "empty reply" or "receive failure"), new ones are
# refused cleanly, and no publication is half done (published without its audit row, or
# audited without being published). Prints those figures and the shutdown time.
source "$(dirname "$0")/lib.sh"
COUNT="${COUNT:-300}"
fresh
app_start "$APP_PORT" --newsroom.scheduling.interval=PT0.2S --newsroom.scheduling.initial-delay=PT0S
app="$(app_pid "$APP_PORT")"
: >"$WORK/reads"
for i in 1 2 3 4; do
	( end=$(( $(date +%s) + 20 )); n=0
	while [ "$(date +%s)" -lt "$end" ] && [ "$n" -lt 5000 ]; do
		code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 "http://127.0.0.1:$APP_PORT/news")"
		echo "$code $?" >>"$WORK/reads"; n=$((n + 1))
	done ) &
done
sleep 3
schedule_releases "term-" "$COUNT" "now()"
until [ "$(publication_figures "term-" | cut -d' ' -f1)" -gt 0 ]; do sleep 0.01; done
start="$(now_ms)"
kill -TERM "$app"
while kill -0 "$app" 2>/dev/null; do sleep 0.05; done
stopped_ms=$(( $(now_ms) - start ))
half_done="$(psql_db -c "select count(*) from releases r where r.slug like 'term-%' and (
	(r.status = 'PUBLISHED') <> exists (select 1 from audit_events a
	  where a.subject_id = r.id and a.action = 'RELEASE_PUBLISHED_ON_SCHEDULE'))")"
at_stop="$(publication_figures "term-" | cut -d' ' -f1)"
wait_load
app_start "$APP_PORT" --newsroom.scheduling.interval=PT0.2S --newsroom.scheduling.initial-delay=PT0S
for _ in $(seq 1 600); do
	[ "$(publication_figures "term-" | cut -d' ' -f1)" -ge "$COUNT" ] && break
	sleep 0.1
done
read -r published doubled audit < <(publication_figures "term-")
echo "graceful shutdown under load: shutdown_ms=$stopped_ms reads=$(wc -l <"$WORK/reads")" \
	"ok=$(grep -c '^200 ' "$WORK/reads" || true)" \
	"resets=$(awk '$1 == "000" && ($2 == 52 || $2 == 56)' "$WORK/reads" | wc -l)" \
	"refused_after_stop=$(awk '$1 == "000" && $2 == 7' "$WORK/reads" | wc -l)" \
	"5xx=$(grep -c '^5' "$WORK/reads" || true) half_done=$half_done published_at_stop=$at_stop" \
	"after_restart: published=$published lost=$((COUNT - published)) doubled=$doubled audit_rows=$audit"
