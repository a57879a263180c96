#!/usr/bin/env bash
# Runs the whole test suite: SQLite and a throwaway PostgreSQL server, real headless Chromium,
# a real local SMTP server. Installs what is missing (PostgreSQL, Chromium) through apt when run
# as root. Extra arguments go to `dotnet test` (e.g. ./test.sh --filter-trait Category=Browser).
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '==> %s\n' "$*" >&2; }

find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

missing=()
find_pg_bin >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The register PDF tests read the PDF back with poppler's pdftotext.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    log "installing ${missing[*]} through apt"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "missing ${missing[*]}: install them (sudo apt-get install ${missing[*]}) or run as root"
    exit 1
  fi
fi

# A throwaway PostgreSQL cluster on a free loopback port, gone when the script ends.
pg_bin=$(find_pg_bin)
pg_dir=$(mktemp -d /tmp/mutual-pg.XXXXXX)
pg_user=$(id -un)
as_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root.
  pg_user=postgres
  chown postgres "$pg_dir"
  as_pg() { runuser -u postgres -- "$@"; }
fi
free_port() {
  local port
  for port in $(seq "${1:-55432}" "${2:-55532}"); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}
pg_port=$(free_port)
smtp_pid=
cleanup() {
  [ -n "$smtp_pid" ] && kill -- "-$smtp_pid" 2>/dev/null || true
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
log "starting PostgreSQL on 127.0.0.1:$pg_port"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U "$pg_user" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null
export MUTUAL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=postgres"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Every test server would otherwise watch its settings files and wwwroot through inotify, and the
# web tests start hundreds of them: enough to run out of the user's inotify instances (128).
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=true

# A real SMTP server (the smtp4dev tool from .config/dotnet-tools.json) for the mail tests, in memory,
# on loopback. It is slow to start, so it starts now and warms up while the solution builds.
dotnet tool restore >/dev/null
smtp_port=$(free_port 55533 55582)
smtp_api_port=$(free_port 55583 55632)
log "starting smtp4dev: SMTP on 127.0.0.1:$smtp_port, API on 127.0.0.1:$smtp_api_port"
setsid dotnet tool run smtp4dev -- --smtpport="$smtp_port" --urls="http://127.0.0.1:$smtp_api_port" --bindaddress=127.0.0.1 \
  --db= --imapport= --pop3port= --nousersettings --messagestokeep=100000 --baseappdatapath="$pg_dir/smtp4dev" \
  >"$pg_dir/smtp4dev.log" 2>&1 </dev/null &
smtp_pid=$!
export MUTUAL_TEST_SMTP_PORT="$smtp_port" MUTUAL_TEST_SMTP_API="http://127.0.0.1:$smtp_api_port/"

log "building"
dotnet build Mutual.slnx -c Release -nologo -v quiet
log "testing"
out=$(mktemp /tmp/mutual-test-output.XXXXXX)
set +e
dotnet test --solution Mutual.slnx -c Release --no-build "$@" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
set -e

# One plain closing line that any reader of the log understands.
summary=$(sed -n '/Test run summary/,$p' "$out")
failed=$(sed -n 's/^ *failed: \([0-9]*\).*/\1/p' <<<"$summary" | tail -n 1)
passed=$(sed -n 's/^ *succeeded: \([0-9]*\).*/\1/p' <<<"$summary" | tail -n 1)
skipped=$(sed -n 's/^ *skipped: \([0-9]*\).*/\1/p' <<<"$summary" | tail -n 1)
rm -f "$out"
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit $status
