#!/usr/bin/env bash
# A throwaway PostgreSQL server in a folder, for the tests and the benchmarks.
#
#   tools/pg-throwaway.sh start DIR [--fast]   initialise and start a cluster in DIR; prints its URL
#   tools/pg-throwaway.sh stop DIR             stop it (the folder is left for the caller to remove)
#
# Installs PostgreSQL from the Debian packages when no initdb is found (root only). The server runs as a
# non-root user (`postgres` when run as root), listens on 127.0.0.1 on a free port, and has one superuser,
# `factcheck`, whose password is in the URL. --fast turns off fsync: for tests, never for measurements.
set -euo pipefail

find_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$found" ] && command -v initdb >/dev/null 2>&1; then
        found=$(dirname "$(readlink -f "$(command -v initdb)")")
    fi
    echo "$found"
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local dir=$1 fast=${2:-}
    local bin
    bin=$(find_bin)
    if [ -z "$bin" ]; then
        if [ "$(id -u)" != 0 ]; then
            echo "PostgreSQL is not installed: apt-get install postgresql-15 (as root)" >&2
            return 1
        fi
        echo "installing postgresql-15 from the Debian packages" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
        bin=$(find_bin)
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi
    mkdir -p "$dir"
    local password port
    password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    printf '%s\n' "$password" > "$dir/pwfile"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U factcheck --pwfile="$dir/pwfile" -E UTF8 --locale=C \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
    rm -f "$dir/pwfile"
    local options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200"
    if [ "$fast" = "--fast" ]; then
        options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -o "$options" -l "$dir/server.log" -w -t 60 start >/dev/null \
        || { cat "$dir/server.log" >&2; return 1; }
    echo "postgresql://factcheck:$password@127.0.0.1:$port/postgres"
}

stop() {
    local dir=$1 bin
    bin=$(find_bin)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

case "${1:-}" in
    start) start "$2" "${3:-}" ;;
    stop) stop "$2" ;;
    *) echo "usage: $0 start DIR [--fast] | stop DIR" >&2; exit 2 ;;
esac
