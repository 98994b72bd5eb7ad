#!/usr/bin/env bash
# Install (Debian package 'postgresql'), start a throw-away local PostgreSQL server and
# create the wirecoder test database. Prints the SQLAlchemy URL as the only line on
# stdout (everything else goes to stderr), and exports WIRECODER_TEST_PG when sourced:
#
#     export WIRECODER_TEST_PG="$(bash .ci/postgres.sh)"     # or: source .ci/postgres.sh
#
# Idempotent: a second call finds the running server and prints the same URL.
# Settings (environment): WIRECODER_PG_PORT (55432), WIRECODER_PG_DIR (/tmp/wirecoder-pg),
# WIRECODER_PG_DB (wirecoder_test).
set -euo pipefail

pg_port="${WIRECODER_PG_PORT:-55432}"
pg_dir="${WIRECODER_PG_DIR:-/tmp/wirecoder-pg}"
pg_db="${WIRECODER_PG_DB:-wirecoder_test}"
pg_user=wirecoder
pg_pass=wirecoder

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return 0; fi
    done
    return 1
}

if ! bindir="$(find_bindir)"; then
    log "installing the Debian package postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bindir="$(find_bindir)"
fi

# The server refuses to run as root: run it as the 'postgres' system user.
run_as() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [[ "$(id -u)" == 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir "$pg_dir" --shell /bin/bash postgres
fi

mkdir -p "$pg_dir"
[[ "$(id -u)" == 0 ]] && chown postgres: "$pg_dir"
data="$pg_dir/data"
sock="$pg_dir"

init_cluster() {
    log "initdb in $data"
    run_as "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >&2 || run_as "$bindir/initdb" -D "$data" -U postgres \
        --auth=trust --encoding=UTF8 --locale=C >&2
}

start_server() {
    log "starting the server on 127.0.0.1:$pg_port"
    run_as "$bindir/pg_ctl" -D "$data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-p $pg_port -k $sock -c listen_addresses=127.0.0.1 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off" start >&2
}

ready() {
    local i
    for i in $(seq 1 "${1:-30}"); do
        "$bindir/pg_isready" -q -h 127.0.0.1 -p "$pg_port" && return 0
        sleep 1
    done
    return 1
}

[[ -s "$data/PG_VERSION" ]] || init_cluster
if ! ready 1; then
    # A server killed with its session may leave a stale pid file or shared memory behind:
    # try twice, then make a new cluster (fsync is off, so an old one may not recover).
    if ! { start_server && ready; } && ! { sleep 3; start_server && ready; }; then
        log "the old cluster did not start; making a new one"
        run_as "$bindir/pg_ctl" -D "$data" -m immediate stop >&2 || true
        rm -rf "$data"
        init_cluster
        start_server
        ready
    fi
fi

psql_admin() {
    run_as psql -v ON_ERROR_STOP=1 -h "$sock" -p "$pg_port" -U postgres -d postgres -qAt "$@"
}
if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$pg_user'")" ]]; then
    psql_admin -c "CREATE ROLE $pg_user LOGIN PASSWORD '$pg_pass'" >&2
fi
# The tests create (and drop) one scratch database per test.
psql_admin -c "ALTER ROLE $pg_user CREATEDB" >&2
if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$pg_db'")" ]]; then
    psql_admin -c "CREATE DATABASE $pg_db OWNER $pg_user" >&2
fi

url="postgresql+psycopg://$pg_user:$pg_pass@127.0.0.1:$pg_port/$pg_db"
export WIRECODER_TEST_PG="$url"
log "ready: $url"
echo "$url"
