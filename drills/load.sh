# Bounded load against 127.0.0.1: readers and feedback senders. Sourced by drills.

# reader PORT SECONDS OUT: GETs pages for at most SECONDS (and 100000 requests), one line
# per answer in OUT: "epoch_ms status seconds".
reader() {
	local port="$1" seconds="$2" out="$3" end=$(( $(date +%s) + $2 )) n=0
	local pages=(/ /news /news/load-1 /operations /staying-safe-online)
	while [ "$(date +%s)" -lt "$end" ] && [ "$n" -lt 100000 ]; do
		local page="${pages[$((n % ${#pages[@]}))]}"
		curl -s -o "$WORK/body-$BASHPID" -w "$(now_ms) %{http_code} %{time_total}\n" --max-time 15 \
			-H 'Accept: text/html' "http://127.0.0.1:$port$page" >>"$out" 2>/dev/null || echo "$(now_ms) 000 15" >>"$out"
		if grep -q 'at org\.\|Exception' "$WORK/body-$BASHPID" 2>/dev/null; then echo "$(now_ms) TRACE" >>"$out"; fi
		n=$((n + 1))
	done
}

# sender PORT SECONDS ACKED ADDRESS: sends feedback for at most SECONDS (and 2000 sends);
# every message acknowledged (302 to the thank-you page) is listed in ACKED.
sender() {
	local port="$1" seconds="$2" acked="$3" address="$4" end=$(( $(date +%s) + $2 )) n=0
	while [ "$(date +%s)" -lt "$end" ] && [ "$n" -lt 2000 ]; do
		local text="drill-$address-$n-$RANDOM"
		local code
		code="$(send_feedback "$port" "$address" "$text")"
		[ "$code" = 302 ] && echo "$text" >>"$acked"
		echo "$(now_ms) $code" >>"$acked.codes"
		n=$((n + 1))
		sleep 0.2
	done
}

# send_many PORT SECONDS ACKED NET: feedback from a new client address each time (so the
# per-client limit never refuses it); every acknowledged message is listed in ACKED.
send_many() {
	local port="$1" seconds="$2" acked="$3" net="$4" end=$(( $(date +%s) + $2 )) n=0
	while [ "$(date +%s)" -lt "$end" ] && [ "$n" -lt 5000 ]; do
		local text="many-$net-$n-$RANDOM" code
		code="$(send_feedback "$port" "10.$net.$((n / 250)).$((n % 250 + 1))" "$text")"
		[ "$code" = 302 ] && echo "$text" >>"$acked"
		echo "$(now_ms) $code" >>"$acked.codes"
		n=$((n + 1))
		sleep 0.1
	done
}

# Acknowledged feedback that is not in the database.
lost_feedback() {
	local acked="$1"
	[ -s "$acked" ] || { echo 0; return; }
	psql_db -c "select doing from feedback" | sort >"$WORK/stored"
	sort "$acked" | comm -23 - "$WORK/stored" | wc -l
}
