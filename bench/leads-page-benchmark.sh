#!/usr/bin/env bash
# Times the server-side render of the admin UI's leads pages (issue 7) with LEADS leads stored in
# the embedded store (default 1,000,000). Outside `mvn verify`.
#   bench/leads-page-benchmark.sh [LEADS] [RUNS]
#
# 1. Seeds LEADS leads (one month, as bench/nightly-benchmark.sh seeds them) into a new data folder's
#    store file, with the application's indexes.
# 2. Starts the application on that folder with ./run.sh (Payara Server; delivery workers off, so
#    nothing else reads the store while the pages are timed), logs in through the API.
# 3. Requests each page RUNS times (default 7) with the session cookie the login page would set,
#    after 2 warm-up requests, and prints every time and the median: the time to the last byte of
#    the page as the server renders it (the lazy table's first page and its count included).
#    - /leads/list.xhtml: the leads table, first page, newest first, no filter;
#    - /leads/problems.xhtml: the rejected and failed leads (a filtered table).
# The result is written to bench/results/leads-page-<date>.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="$ROOT/bench"
LEADS="${1:-1000000}"
RUNS="${2:-7}"
PAGE_TIMEOUT="${BENCH_PAGE_TIMEOUT:-300}" # seconds one page may take before the run gives up (exit 4)
HTTP_PORT="${BENCH_HTTP_PORT:-18280}"
STORE_PORT="${BENCH_STORE_PORT:-18217}"
BASE="http://127.0.0.1:$HTTP_PORT"
# BENCH_DATA_DIR: a folder an earlier run kept (its seeded store is used again, not seeded anew)
DATA_DIR="${BENCH_DATA_DIR:-$(mktemp -d /tmp/enersolar-pages.XXXXXX)}"
ADMIN_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
RESULT_FILE="$BENCH_DIR/results/leads-page-$(date +%Y-%m-%d-%H%M).txt"
RUN_PID=""
mkdir -p "$BENCH_DIR/results"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
out() { echo "$*" | tee -a "$RESULT_FILE"; }

server_pid() { cat "$DATA_DIR/server/enersolar/config/pid" 2>/dev/null || true; }

stop_server() {
  if [ -n "$RUN_PID" ] && kill -0 "$RUN_PID" 2>/dev/null; then
    kill -TERM "$RUN_PID" 2>/dev/null || true
    wait "$RUN_PID" 2>/dev/null || true
  fi
  RUN_PID=""
  local pid; pid=$(server_pid)
  if [ -n "$pid" ]; then
    local deadline=$(( SECONDS + 60 ))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_server
  if [ "$rc" -eq 0 ]; then rm -rf "$DATA_DIR"; else log "Data kept: $DATA_DIR"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

out "# Leads pages, server-side render, $LEADS leads stored ($(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg))"

if [ -s "$DATA_DIR/store/enersolar-store.mv.db" ]; then
  log "Using the store seeded before in $DATA_DIR"
  out "(store seeded by an earlier run, kept in $DATA_DIR)"
else
log "Seeding $LEADS leads into $DATA_DIR"
(cd "$ROOT" && ./mvnw -o -B -q -pl batch-jobs -am test -Dtest=NightlyJobsBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.leads="$LEADS" -Dbench.jobs=none \
    -Dbench.keep-store="$DATA_DIR/store" -DargLine="-Xmx6g" 2>&1) \
  | grep -E "seeded|indexes|raw scan|leads table" | tee -a "$RESULT_FILE"
[ -s "$DATA_DIR/store/enersolar-store.mv.db" ] || { log "The store was not seeded"; exit 1; }
fi

log "Starting the application on the seeded store"
(
  cd "$ROOT"
  exec env -u CRM_MONGODB_URI CRM_HTTP_PORT="$HTTP_PORT" CRM_DATA_DIR="$DATA_DIR" \
    CRM_EMBEDDED_STORE_PORT="$STORE_PORT" CRM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    CRM_ADMIN_EMAIL=bench@enersolar.local CRM_DELIVERY_ENABLED=false ./run.sh
) >>"$DATA_DIR/run.log" 2>&1 &
RUN_PID=$!
started=$SECONDS
deadline=$(( SECONDS + 900 ))
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = "200" ]; do
  if ! kill -0 "$RUN_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
    log "The application did not become ready:"; tail -n 30 "$DATA_DIR/run.log" >&2; exit 1
  fi
  sleep 1
done
out "Application ready $(( SECONDS - started )) s after run.sh started (EAR build included when sources changed)"
TOKEN=$(curl -s -X POST "$BASE/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench@enersolar.local\",\"password\":\"$ADMIN_PASSWORD\"}" \
  | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { log "Admin login failed"; exit 1; }

# time_page PATH: RUNS timed requests after 2 warm-ups; each must answer 200 with the table.
time_page() {
  local path="$1" times=() t code body
  body=$(mktemp)
  for i in $(seq 1 $(( RUNS + 2 ))); do
    read -r code t < <(curl -s --max-time "$PAGE_TIMEOUT" -o "$body" \
      -w '%{http_code} %{time_total}\n' -H "Cookie: crm_session=$TOKEN" "$BASE$path" || true)
    if [ "$code" = "000" ]; then
      out "$path: no answer within $PAGE_TIMEOUT s (request $i); see the server's GC and log in $DATA_DIR"
      exit 4
    fi
    # the page must carry the table with its first rows (a lazy table renders them on this GET)
    if [ "$code" != "200" ] || ! grep -q 'data-ri="0"' "$body"; then
      log "$path answered $code without rows"; cp "$body" "$DATA_DIR/page.html"; rm -f "$body"
      exit 1
    fi
    [ "$i" -gt 2 ] && times+=("$(awk -v s="$t" 'BEGIN{printf "%.0f", s*1000}')")
  done
  local rows; rows=$(grep -o 'data-ri="[0-9]*"' "$body" | sort -u | wc -l)
  rm -f "$body"
  local sorted median
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  out "$path: median $median ms (runs, sorted: $sorted ms; $rows rows on the page)"
}

time_page /leads/list.xhtml
time_page /leads/problems.xhtml
out "Target: under 300 ms for each page"
log "Result: $RESULT_FILE"
