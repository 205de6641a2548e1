#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1:${PGPORT:-55432} as the postgres user and
# writes the connection string the tests read to /tmp/educycle-pg.env.
set -euo pipefail
port="${PGPORT:-55432}"
dir="${PGDATA_DIR:-/tmp/educycle-pg}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if ! su postgres -c "$bin/pg_ctl -D $dir status" >/dev/null 2>&1; then
  rm -rf "$dir"
  mkdir -p "$dir" && chown postgres:postgres "$dir"
  su postgres -c "$bin/initdb -D $dir -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  cat >> "$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
shared_buffers = 512MB
CONF
  su postgres -c "$bin/pg_ctl -D $dir -l $dir/server.log -w start" >/dev/null
fi
echo "export EDUCYCLE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50'" > /tmp/educycle-pg.env
echo "PostgreSQL on 127.0.0.1:$port"
