# Sourced by .ci/run: starts a throw-away PostgreSQL server for the tests
# and exports its URL as DEALBOT_TEST_DATABASE_URL. The server runs as an
# unprivileged user (CI runs as root, and PostgreSQL refuses root), from a
# temporary folder, on a free loopback port, and is stopped and deleted
# by ci_postgres_stop (the caller traps it on EXIT).

ci_pg_bin=""
ci_pg_dir=""
ci_pg_user=""

ci_postgres_find() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then ci_pg_bin=$d; return 0; fi
  done
  return 1
}

# ci_as_user runs a command as the unprivileged user when we are root,
# from / (the clone may sit in a folder that user cannot enter).
ci_as_user() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && setpriv --reuid="$ci_pg_user" --regid="$(id -g "$ci_pg_user")" --clear-groups -- "$@")
  else
    "$@"
  fi
}

ci_postgres_start() {
  if ! ci_postgres_find; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "PostgreSQL server not installed: installing it from the distribution's packages"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    ci_postgres_find || { echo "no PostgreSQL server (initdb, pg_ctl) found under /usr/lib/postgresql"; return 1; }
  fi
  if [ "$(id -u)" = 0 ]; then
    ci_pg_user=dealbot-ci
    if ! id "$ci_pg_user" >/dev/null 2>&1; then
      useradd --system --no-create-home --shell /usr/sbin/nologin "$ci_pg_user" 2>/dev/null || ci_pg_user=nobody
    fi
  else
    ci_pg_user=$(id -un)
  fi
  ci_pg_dir=$(mktemp -d /tmp/dealbot-ci-pg.XXXXXX)
  chmod 755 "$ci_pg_dir"
  mkdir "$ci_pg_dir/data" "$ci_pg_dir/run"
  [ "$(id -u)" = 0 ] && chown "$ci_pg_user" "$ci_pg_dir/data" "$ci_pg_dir/run"
  # A free port: ask the kernel for one, then hand it to the server.
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
    echo $((20000 + RANDOM % 20000)))
  ci_as_user "$ci_pg_bin/initdb" -D "$ci_pg_dir/data" -U dealbot --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$ci_pg_dir/initdb.log" 2>&1 ||
    ci_as_user "$ci_pg_bin/initdb" -D "$ci_pg_dir/data" -U dealbot --auth=trust --encoding=UTF8 --no-locale >"$ci_pg_dir/initdb.log" 2>&1 ||
    { cat "$ci_pg_dir/initdb.log"; return 1; }
  ci_as_user "$ci_pg_bin/pg_ctl" -D "$ci_pg_dir/data" -l "$ci_pg_dir/run/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$ci_pg_dir/run -c fsync=off -c max_connections=200" start >/dev/null ||
    { cat "$ci_pg_dir/run/server.log"; return 1; }
  ci_as_user "$ci_pg_bin/psql" -h 127.0.0.1 -p "$port" -U dealbot -d postgres -qc "CREATE DATABASE dealbot_test" >/dev/null
  export DEALBOT_TEST_DATABASE_URL="postgres://dealbot@127.0.0.1:$port/dealbot_test?sslmode=disable"
  echo "$("$ci_pg_bin/postgres" --version) on 127.0.0.1:$port, running as $ci_pg_user"
}

ci_postgres_stop() {
  if [ -n "$ci_pg_dir" ] && [ -d "$ci_pg_dir/data" ]; then
    ci_as_user "$ci_pg_bin/pg_ctl" -D "$ci_pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$ci_pg_dir"
  fi
}
