#!/bin/sh
# start-postgres.sh starts a throwaway PostgreSQL server for the graph/store
# tests and prints its connection string on stdout (and nothing else there):
#
#	export TEXTGRAPH_POSTGRES="$(sh graph/store/testdata/start-postgres.sh)"
#
# Run it as root on a Debian machine. It installs the postgresql package when
# initdb is missing, creates a cluster in $TEXTGRAPH_PGDATA (default
# /var/tmp/textgraph-pg) owned by the postgres user, listening on 127.0.0.1
# only at $TEXTGRAPH_PGPORT (default 54329), and a role and database named
# textgraph. Running it again reuses the cluster, starts it if it is stopped,
# and prints the same string. The tests empty Cayley's tables in the
# database TEXTGRAPH_POSTGRES names: never point it at data you keep.
set -eu

DATA=${TEXTGRAPH_PGDATA:-/var/tmp/textgraph-pg}
PORT=${TEXTGRAPH_PGPORT:-54329}
USER_NAME=textgraph
PASSWORD=${TEXTGRAPH_PGPASSWORD:-textgraph}
DB=textgraph

log() { echo "start-postgres: $*" >&2; }

bindir() {
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
	done
	return 1
}

if [ "$(id -u)" -ne 0 ]; then
	log "must run as root (it runs the server as the postgres user)"
	exit 1
fi

BIN=$(bindir || true)
if [ -z "$BIN" ]; then
	log "installing postgresql"
	apt-get update >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
	BIN=$(bindir)
fi

as_pg() { runuser -u postgres -- "$@"; }

SOCK="$DATA/socket"
if [ ! -f "$DATA/PG_VERSION" ]; then
	log "creating cluster in $DATA"
	mkdir -p "$DATA"
	chown postgres:postgres "$DATA"
	chmod 700 "$DATA"
	as_pg "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
		--auth-local=peer --auth-host=scram-sha-256 >&2
	as_pg mkdir -p "$SOCK"
fi

if ! as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
	log "starting server on 127.0.0.1:$PORT"
	as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $PORT -k $SOCK -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
		start >&2
fi

psql_pg() { as_pg "$BIN/psql" -h "$SOCK" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_pg -c "SELECT 1 FROM pg_roles WHERE rolname = '$USER_NAME'")" != 1 ]; then
	log "creating role $USER_NAME"
	psql_pg -c "CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_pg -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
	log "creating database $DB"
	psql_pg -c "CREATE DATABASE $DB OWNER $USER_NAME" >&2
fi

echo "postgres://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/$DB?sslmode=disable"
