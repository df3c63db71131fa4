#!/usr/bin/env bash
# Disk full: PostgreSQL's data directory (tables and WAL together, as in a default install)
# on a small filesystem of its own (a tmpfs of DISK_MB, so the drill needs root and mount),
# filled to the last byte by another file, as a runaway log or a backup would fill it,
# for FULL_SECONDS while readers load pages and visitors send feedback. Then the file is
# deleted. In the first half, tables cannot grow: visitors who opened the form before the
# disk filled send it then. In the second half PostgreSQL is asked to start a new WAL file
# every second (pg_switch_wal), which it must create on the full disk. Prints lost (acknowledged feedback not stored), doubled (stored twice), the
# answers by kind while full, whether PostgreSQL itself stopped, and the recovery time
# from freeing the space to the first page and the first feedback acknowledged.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/load.sh"
DISK_MB="${DISK_MB:-256}"
FULL_SECONDS="${FULL_SECONDS:-20}"
DISK="$WORK/disk"
PG_DATA="$DISK/pgdata"

disk_cleanup() {
	cleanup
	umount "$DISK" 2>/dev/null || true
}

cleanup
umount "$DISK" 2>/dev/null || true
rm -rf "$WORK"
mkdir -p "$DISK"
trap disk_cleanup EXIT
build_jar
mount -t tmpfs -o "size=${DISK_MB}m" tmpfs "$DISK"
mkdir "$PG_DATA"
chown postgres: "$PG_DATA" 2>/dev/null || true
chmod 700 "$PG_DATA"
pg_start
app_start "$APP_PORT"
BASE="http://127.0.0.1:$APP_PORT"
: >"$WORK/reads"; : >"$WORK/acked"; : >"$WORK/acked.codes"
total=$((FULL_SECONDS + 50))
for i in 1 2 3; do reader "$APP_PORT" "$total" "$WORK/reads" & done
for i in 1 2 3; do send_many "$APP_PORT" "$total" "$WORK/acked" "$i" & done
sleep 8
# Forms opened before the disk fills, sent while it is full.
for i in $(seq 1 5); do
	curl -s -c "$WORK/early-$i" -H "X-Forwarded-For: 10.77.0.$i" "$BASE/feedback" |
		sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1 >"$WORK/early-$i.token" || true
done
sleep 2
log "filling the disk ($(df -m --output=avail "$DISK" | tail -1 | tr -d ' ') MB free)"
dd if=/dev/zero of="$DISK/ballast" bs=1M status=none 2>/dev/null || true
full="$(now_ms)"
log "disk full: $(df -m --output=avail "$DISK" | tail -1 | tr -d ' ') MB free; keeping it so for ${FULL_SECONDS}s"
sleep $((FULL_SECONDS / 4))
early_kept=0; : >"$WORK/early.codes"
for i in $(seq 1 5); do
	text="Sent from a form opened before the disk filled $i-$RANDOM"
	page="$(curl -s -b "$WORK/early-$i" -H "X-Forwarded-For: 10.77.0.$i" -w '\n%{http_code}' \
		--data-urlencode "_csrf=$(cat "$WORK/early-$i.token")" --data-urlencode "doing=$text" "$BASE/feedback")" || true
	code="$(tail -1 <<<"$page")"
	echo "$code" >>"$WORK/early.codes"
	[ "$code" = 302 ] && echo "$text" >>"$WORK/acked"
	grep -q "$text" <<<"$page" && grep -q 'your feedback has not been sent' <<<"$page" && early_kept=$((early_kept + 1))
done
until [ $(( $(now_ms) - full )) -ge $((FULL_SECONDS * 500)) ]; do sleep 0.2; done
wal_switches=0
until [ $(( $(now_ms) - full )) -ge $((FULL_SECONDS * 1000)) ]; do
	psql_db -c "select pg_switch_wal()" >/dev/null 2>&1 && wal_switches=$((wal_switches + 1))
	sleep 1
done
rm -f "$DISK/ballast"
freed="$(now_ms)"
log "space freed"
postgres_stopped=no
if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
	# As systemd or a container platform would: start it again.
	postgres_stopped=yes
	log "PostgreSQL had stopped; starting it again"
	pg_start
fi
wait_load
first_page="$(awk -v t="$freed" '$1 >= t && $2 == 200 {print $1; exit}' "$WORK/reads")"
first_ack="$(awk -v t="$freed" '$1 >= t && $2 == 302 {print $1; exit}' "$WORK/acked.codes")"
stored_twice="$(psql_db -c "select count(*) from (select doing from feedback where doing like 'many-%'
	group by doing having count(*) > 1) d")"
while_full() { awk -v a="$full" -v b="$freed" '$1 >= a && $1 <= b' "$1"; }
echo "disk full: disk_mb=$DISK_MB full_s=$FULL_SECONDS" \
	"feedback_acknowledged=$(wc -l <"$WORK/acked") lost=$(lost_feedback "$WORK/acked") doubled=$stored_twice" \
	"feedback_while_full=\"$(while_full "$WORK/acked.codes" | awk '{print $2}' | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')\"" \
	"pages_while_full=\"$(while_full "$WORK/reads" | awk '$2 ~ /^[0-9]+$/ {print $2}' | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')\"" \
	"5xx_not_503=$(awk '$2 ~ /^5/ && $2 != 503' "$WORK/reads" "$WORK/acked.codes" | wc -l)" \
	"early_forms_sent_while_full=\"$(sort "$WORK/early.codes" | uniq -c | awk '{printf "%s:%s ", $2, $1}')\"" \
	"early_forms_text_kept_with_message=$early_kept wal_switches_done=$wal_switches" \
	"stack_traces=$(grep -c TRACE "$WORK/reads" || true)" \
	"postgres_panics=$(grep -c PANIC "$WORK/postgres.log" || true) postgres_stopped=$postgres_stopped" \
	"recovery_page_ms=$(( ${first_page:-0} - freed )) recovery_feedback_ms=$(( ${first_ack:-0} - freed ))"
