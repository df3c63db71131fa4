# Shared by every drill: a private PostgreSQL, the packaged application, bounded load.
# Sourced, not run. Everything listens on 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_PORT="${PG_PORT:-15430}"
APP_PORT="${APP_PORT:-8083}"
APP2_PORT="${APP2_PORT:-18381}"
WORK="${WORK:-/tmp/newsroom-drill-$PG_PORT}"
PG_DATA="$WORK/pgdata"
JAR="${JAR:-$ROOT/target/police-newsroom-0.1.0-SNAPSHOT.jar}"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/newsroom"
APP_PIDS=()

# PostgreSQL from Debian's packages (postgresql-17 if installed, else the newest there is).
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"

as_postgres() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

now_ms() { date +%s%3N; }

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

psql_db() {
	"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d newsroom -At -v ON_ERROR_STOP=1 "$@"
}

pg_start() {
	if [ ! -f "$PG_DATA/PG_VERSION" ]; then
		mkdir -p "$WORK"
		chmod 777 "$WORK"
		as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 >/dev/null
		echo "listen_addresses = '127.0.0.1'" >>"$PG_DATA/postgresql.conf"
		echo "unix_socket_directories = '$WORK'" >>"$PG_DATA/postgresql.conf"
		echo "max_connections = 100" >>"$PG_DATA/postgresql.conf"
	fi
	as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-p $PG_PORT" -l "$WORK/postgres.log" -w start >/dev/null
	"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -At -c \
		"select 1 from pg_database where datname = 'newsroom'" | grep -q 1 ||
		"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres newsroom
}

pg_stop() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m "${1:-fast}" -w stop >/dev/null || true; }

pg_pid() { head -1 "$PG_DATA/postmaster.pid"; }

# The postmaster and every backend it started (all ours): SIGSTOP freezes the whole server.
pg_processes() { echo "$(pg_pid) $(ps -o pid= --ppid "$(pg_pid)" | tr '\n' ' ')"; }

pg_freeze() { kill -STOP $(pg_processes); }

pg_thaw() { kill -CONT $(pg_processes) 2>/dev/null || true; }

build_jar() {
	if [ "$JAR" != "$ROOT/target/police-newsroom-0.1.0-SNAPSHOT.jar" ]; then
		return
	fi
	if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" -newer "$JAR" -type f | head -1)" ]; then
		log "Packaging the application"
		(cd "$ROOT" && ./mvnw -q -DskipTests package)
	fi
}

# app_start PORT [extra arguments...]: starts the packaged jar and waits until it is ready.
app_start() {
	local port="$1"
	shift
	SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
		NEWSROOM_FEEDBACK_HASH_SECRET=drill-secret \
		java -Xmx384m -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 \
		--newsroom.site.base-url="http://127.0.0.1:$port" --spring.main.banner-mode=off \
		--server.forward-headers-strategy=native "$@" >>"$WORK/app-$port.log" 2>&1 &
	APP_PIDS+=($!)
	echo $! >"$WORK/app-$port.pid"
	wait_ready "$port" 180
}

app_pid() { cat "$WORK/app-$1.pid"; }

wait_ready() {
	local port="$1" limit="$2" waited=0
	until curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness"; do
		sleep 0.25
		waited=$((waited + 1))
		if [ "$waited" -gt $((limit * 4)) ]; then
			log "application on $port not ready after ${limit}s"
			return 1
		fi
	done
}

# Schedules COUNT releases named PREFIX-n, all due at AT (SQL timestamptz expression).
schedule_releases() {
	local prefix="$1" count="$2" at="$3"
	psql_db -c "insert into releases (slug, title, summary, body, category_id, status, scheduled_at,
	    created_at, modified_at)
	  select '$prefix' || n, 'Drill release ' || n, 'A drill release', 'Published during a drill.',
	    (select id from categories where slug = 'news'), 'SCHEDULED', $at, now(), now()
	  from generate_series(1, $count) n" >/dev/null
}

# Prints "published doubled audit_rows" for releases named PREFIX-n.
publication_figures() {
	local prefix="$1"
	psql_db -F ' ' -c "select
	    (select count(*) from releases where slug like '$prefix%' and status = 'PUBLISHED'),
	    (select count(*) from (select subject_id from audit_events a join releases r on r.id = a.subject_id
	       where a.action = 'RELEASE_PUBLISHED_ON_SCHEDULE' and r.slug like '$prefix%'
	       group by subject_id having count(*) > 1) d),
	    (select count(*) from audit_events a join releases r on r.id = a.subject_id
	       where a.action = 'RELEASE_PUBLISHED_ON_SCHEDULE' and r.slug like '$prefix%')"
}

# Sends one feedback message as client address ADDRESS with text TEXT; prints the status.
send_feedback() {
	local port="$1" address="$2" text="$3" jar page code token
	jar="$(mktemp "$WORK/jar.XXXXXX")"
	page="$jar.html"
	code="$(curl -s -o "$page" -w '%{http_code}' --max-time 10 -c "$jar" -H "X-Forwarded-For: $address" \
		"http://127.0.0.1:$port/feedback")" || code=000
	token="$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$page" 2>/dev/null | head -1)" || true
	rm -f "$page"
	if [ -z "$token" ]; then
		# The form itself was not served: its status (a 503 page has no form), or 000.
		rm -f "$jar"
		[ "$code" = 200 ] && code=000
		echo "$code"
		return
	fi
	curl -s -o /dev/null -w '%{http_code}' --max-time 10 -b "$jar" -H "X-Forwarded-For: $address" \
		--data-urlencode "_csrf=$token" --data-urlencode "doing=$text" "http://127.0.0.1:$port/feedback" || echo 000
	rm -f "$jar"
}

# Tries to sign in as client ADDRESS with a wrong password; prints the status.
sign_in() {
	local port="$1" address="$2" email="$3" jar token
	jar="$(mktemp "$WORK/jar.XXXXXX")"
	token="$(curl -s --max-time 10 -c "$jar" -H "X-Forwarded-For: $address" \
		"http://127.0.0.1:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)" || true
	curl -s -o /dev/null -w '%{http_code}' --max-time 10 -b "$jar" -H "X-Forwarded-For: $address" \
		--data-urlencode "_csrf=$token" --data-urlencode "username=$email" --data-urlencode "password=wrong guess" \
		"http://127.0.0.1:$port/login" || echo 000
	rm -f "$jar"
}

# Waits for the drill's own background jobs (the load), never for the application.
wait_load() {
	local pid app
	for pid in $(jobs -p); do
		for app in "${APP_PIDS[@]:-}"; do
			[ "$pid" = "$app" ] && continue 2
		done
		wait "$pid" || true
	done
}

cleanup() {
	for pid in "${APP_PIDS[@]:-}"; do
		[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
	done
	if [ -f "$PG_DATA/postmaster.pid" ]; then
		pg_thaw
		pg_stop immediate
	fi
}

fresh() {
	cleanup
	rm -rf "$WORK"
	mkdir -p "$WORK"
	trap cleanup EXIT
	build_jar
	pg_start
}
