#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the signature service's tests and bench, from Debian's
# `postgresql` package: its own data folder and a free port on 127.0.0.1, trust auth, nothing
# else on the machine touched.
#
#   scripts/postgres-cluster.sh start DIR   initdb + pg_ctl start; prints the DATABASE_URL
#   scripts/postgres-cluster.sh stop DIR    pg_ctl stop, then removes DIR
#
# As root (CI), the cluster runs as the `postgres` user, which PostgreSQL requires.
set -euo pipefail

command=${1:?start or stop}
dir=$(realpath -m -- "${2:?a folder for the cluster}")
# pg_ctl, run as postgres, cannot enter a caller's folder it may not read ("could not change
# directory … Permission denied"): work from / with the folder made absolute.
cd /
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo 'PostgreSQL is not installed: apt-get install -y postgresql' >&2
  exit 1
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $command in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
      { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
