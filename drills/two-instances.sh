#!/usr/bin/env bash
# Two instances share one database; 200 releases fall due in the same minute. Prints
# published, lost, doubled, audit rows, 5xx seen by readers of either instance, and how
# long after falling due the last release was readable on each instance.
source "$(dirname "$0")/lib.sh"
COUNT="${COUNT:-200}"
fresh
app_start "$APP_PORT"
app_start "$APP2_PORT"
due_epoch=$(( $(date +%s) + 20 ))
schedule_releases "pair-" "$COUNT" "to_timestamp($due_epoch)"
log "$COUNT releases due at $(date -d "@$due_epoch" +%H:%M:%S)"
errors=0
declare -A seen
deadline=$((due_epoch + 120))
while [ "$(date +%s)" -lt "$deadline" ]; do
	for port in "$APP_PORT" "$APP2_PORT"; do
		[ -n "${seen[$port]:-}" ] && continue
		code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/news/pair-$COUNT")"
		case "$code" in
			5*) errors=$((errors + 1)) ;;
			200) seen[$port]=$(( $(now_ms) - due_epoch * 1000 )) ;;
		esac
	done
	[ -n "${seen[$APP_PORT]:-}" ] && [ -n "${seen[$APP2_PORT]:-}" ] &&
		[ "$(publication_figures "pair-" | cut -d' ' -f1)" -ge "$COUNT" ] && break
	sleep 0.2
done
read -r published doubled audit < <(publication_figures "pair-")
by_instance="$(psql_db -c "select count(*) from audit_events where action = 'RELEASE_PUBLISHED_ON_SCHEDULE'")"
echo "two instances, $COUNT due in one minute: published=$published lost=$((COUNT - published))" \
	"doubled=$doubled audit_rows=$audit 5xx=$errors" \
	"readable_after_due_ms: instance1=${seen[$APP_PORT]:-never} instance2=${seen[$APP2_PORT]:-never}"
