#!/usr/bin/env bash
# kill -9 in the middle of scheduled publishing, ROUNDS times (default 20), then a restart
# each time. Prints lost (due but never published), doubled (published twice), 5xx (none
# can happen: no readers) and the time from restart to everything published.
source "$(dirname "$0")/lib.sh"
ROUNDS="${ROUNDS:-20}"
PER_ROUND="${PER_ROUND:-100}"
fresh
FAST=(--newsroom.scheduling.interval=PT0.2S --newsroom.scheduling.initial-delay=PT0S)
app_start "$APP_PORT" "${FAST[@]}"
midway=0
recovery_max=0
for round in $(seq 1 "$ROUNDS"); do
	schedule_releases "kill$round-" "$PER_ROUND" "now()"
	# Kill as soon as the first batch is in, while the rest are still being published.
	for _ in $(seq 1 2000); do
		n="$(publication_figures "kill$round-" | cut -d' ' -f1)"
		[ "$n" -gt 0 ] && break
		sleep 0.01
	done
	kill -9 "$(app_pid "$APP_PORT")"
	n="$(publication_figures "kill$round-" | cut -d' ' -f1)"
	[ "$n" -lt "$PER_ROUND" ] && midway=$((midway + 1))
	log "round $round: killed with $n of $PER_ROUND published"
	start="$(now_ms)"
	app_start "$APP_PORT" "${FAST[@]}"
	until [ "$(publication_figures "kill$round-" | cut -d' ' -f1)" -ge "$PER_ROUND" ]; do
		sleep 0.1
		[ $(($(now_ms) - start)) -gt 120000 ] && break
	done
	took=$(($(now_ms) - start))
	[ "$took" -gt "$recovery_max" ] && recovery_max="$took"
done
read -r published doubled audit < <(publication_figures "kill")
expected=$((ROUNDS * PER_ROUND))
echo "kill -9 during publishing: rounds=$ROUNDS killed_midway=$midway due=$expected published=$published" \
	"lost=$((expected - published)) doubled=$doubled audit_rows=$audit 5xx=0" \
	"recovery_max_ms=$recovery_max (from the kill: JVM start included)"
