#!/usr/bin/env bash
# Delivery benchmark and crash test (not part of ./mvnw verify). One command:
#
#   bench/delivery-benchmark.sh            # all three parts below
#   bench/delivery-benchmark.sh throughput|latency|crash
#
# The application runs through ./run.sh (Payara Server, embedded store, demo data, rate limits off) on its own
# port and a fresh data folder; the demo CRM zr7 is pointed (admin API, PUT /api/crms/{id}/connector) at a stub
# partner (bench/DeliveryHarness.java stub) that answers every lead 201 after BENCH_PARTNER_MS (20) ms and
# records what it received. Leads are submitted to the demo PV form (Île-de-France: routed to zr7).
#
#   throughput  BENCH_BACKLOG (20000) leads taken in with delivery off; the server restarted with delivery on
#               (BENCH_WORKERS workers, 32); deliveries per second at the partner, first to last (target 500/s)
#   latency     BENCH_RATE (200) leads per second for BENCH_LATENCY_SECONDS (60) s, open loop; time from the
#               intake's acknowledgement to the lead's first arrival at the partner, p50/p99 (target p99 < 1 s)
#   crash       BENCH_CRASH_LEADS (5000) leads at 16 connections; the server JVM is killed with kill -9 when
#               about half are acknowledged; restarted on the same data folder; the unacknowledged leads are
#               submitted again (as a landing page would); then every acknowledged lead must have reached the
#               partner exactly once (the leads in flight at the kill may reach it twice: counted)
#
# BENCH_PROFILE=true records the first 60 s of the throughput part's delivery with JFR and writes a hot-spot
# summary (bench/JfrHotspots.java) beside the results.
# Results go to bench/results/delivery-<date>.txt. Exit status: 0 every target met, 4 a target missed, 3 a lead
# lost, 1-2 setup failure.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR="$ROOT/bench"
PARTS="${1:-all}"
HTTP_PORT="${BENCH_HTTP_PORT:-18180}"
STORE_PORT="${BENCH_STORE_PORT:-18117}"
STUB_PORT="${BENCH_STUB_PORT:-18190}"
PARTNER_MS="${BENCH_PARTNER_MS:-20}"
WORKERS="${BENCH_WORKERS:-32}"
BACKLOG="${BENCH_BACKLOG:-20000}"
RATE="${BENCH_RATE:-200}"
LATENCY_SECONDS="${BENCH_LATENCY_SECONDS:-60}"
CRASH_LEADS="${BENCH_CRASH_LEADS:-5000}"
BASE="http://127.0.0.1:$HTTP_PORT"
STUB="http://127.0.0.1:$STUB_PORT"
HARNESS=(java "$BENCH_DIR/DeliveryHarness.java")

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ ! -f "$ROOT/app-ear/target/enersolar-crm.ear" ]; then
  log "Building the EAR (./mvnw -q -DskipTests package) ..."
  (cd "$ROOT" && ./mvnw -q -DskipTests package)
fi
for p in "$HTTP_PORT" "$STORE_PORT" "$STUB_PORT" $(( HTTP_PORT - 80 + 48 )); do
  if port_busy "$p"; then
    echo "Port $p is in use: set BENCH_HTTP_PORT / BENCH_STORE_PORT / BENCH_STUB_PORT to free ones." >&2
    exit 2
  fi
done

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
DATA_DIR=$(mktemp -d /tmp/enersolar-delivery.XXXXXX)
API_KEY="bench_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
ADMIN_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
RUN_PID="" STUB_PID="" TOKEN=""
RESULT_FILE="$BENCH_DIR/results/delivery-$(date +%Y-%m-%d-%H%M).txt"
mkdir -p "$BENCH_DIR/results"
VERDICT=0

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
  [ -n "$STUB_PID" ] && kill "$STUB_PID" 2>/dev/null || true
  if [ "$rc" -eq 0 ] || [ "$rc" -eq 4 ]; then rm -rf "$DATA_DIR"; else log "Data kept: $DATA_DIR"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_server DELIVERY_ENABLED: run.sh on the data folder, until /health/ready answers.
start_server() {
  (
    cd "$ROOT"
    exec env -u CRM_MONGODB_URI CRM_HTTP_PORT="$HTTP_PORT" CRM_DATA_DIR="$DATA_DIR" \
      CRM_EMBEDDED_STORE_PORT="$STORE_PORT" CRM_API_KEY="$API_KEY" CRM_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
      CRM_ADMIN_EMAIL=bench@enersolar.local CRM_RATE_LIMIT_INTAKE_PER_MINUTE=0 \
      CRM_RATE_LIMIT_PUBLIC_PER_MINUTE=0 CRM_DEMO=true CRM_DELIVERY_ENABLED="$1" \
      CRM_DELIVERY_WORKERS="$WORKERS" CRM_DELIVERY_POLL_MS=20 ./run.sh
  ) >>"$DATA_DIR/run.log" 2>&1 &
  RUN_PID=$!
  local deadline=$(( SECONDS + 600 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = "200" ]; do
    if ! kill -0 "$RUN_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      log "The application did not become ready:"; tail -n 30 "$DATA_DIR/run.log" >&2; exit 1
    fi
    sleep 1
  done
  TOKEN=$(curl -s -X POST "$BASE/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench@enersolar.local\",\"password\":\"$ADMIN_PASSWORD\"}" \
    | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
  [ -n "$TOKEN" ] || { log "Admin login failed"; exit 1; }
}

# The demo CRM zr7 delivers to the stub partner.
point_zr7_at_stub() {
  local crm
  crm=$(curl -s "$BASE/api/crms" -H "Authorization: Bearer $TOKEN" | tr '{' '\n' \
    | grep '"slug" *: *"zr7"' | sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' | head -n 1)
  [ -n "$crm" ] || { log "No zr7 CRM"; exit 1; }
  local answer
  answer=$(curl -s -w ' HTTP %{http_code}' -X PUT "$BASE/api/crms/$crm/connector" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"connector_id\":\"zr7\",\"settings\":{\"api_url\":\"$STUB/zr7/lead/api/create_lead/\",\"read_timeout_ms\":\"15000\"}}")
  case "$answer" in *'HTTP 200'*) ;; *) log "Could not point zr7 at the stub: $answer"; exit 1 ;; esac
}

stub_count() { curl -s "$STUB/stats" | cut -d' ' -f1; }

# await_stub N SECONDS: until the stub received N POSTs.
await_stub() {
  local deadline=$(( SECONDS + $2 ))
  while [ "$(stub_count)" -lt "$1" ]; do
    if [ $SECONDS -ge $deadline ]; then log "The partner received $(stub_count) of $1 in $2 s"; return 1; fi
    sleep 1
  done
}

restart_stub() {
  [ -n "$STUB_PID" ] && { kill "$STUB_PID" 2>/dev/null || true; wait "$STUB_PID" 2>/dev/null || true; }
  "${HARNESS[@]}" stub "$STUB_PORT" "$PARTNER_MS" >>"$DATA_DIR/stub.log" 2>&1 &
  STUB_PID=$!
  local deadline=$(( SECONDS + 30 ))
  until curl -s -o /dev/null "$STUB/stats"; do
    [ $SECONDS -lt $deadline ] || { log "The stub partner did not start"; exit 1; }
    sleep 0.2
  done
}

form_code() {
  curl -s "$BASE/api/forms/public/by-lp/LP-001" | grep -o '"code" *: *"[A-Z0-9]*-[0-9]*"' \
    | sed 's/.*"\([A-Z0-9]*-[0-9]*\)"$/\1/' | grep -v '^LP-' | head -n 1
}

report() { echo "$*" | tee -a "$RESULT_FILE"; }

{
  echo "EnerSolar CRM delivery benchmark — $(date -Iseconds)"
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM;" \
    "load average before: $LOAD_BEFORE; commit $(cd "$ROOT" && git rev-parse --short HEAD)"
  echo "Stub partner answers in $PARTNER_MS ms; $WORKERS delivery workers; server, store, stub and load on this machine."
} | tee "$RESULT_FILE"

restart_stub
log "Starting the application (delivery off) on $BASE, data $DATA_DIR ..."
start_server false
point_zr7_at_stub
FORM=$(form_code)
log "Form $FORM; zr7 → stub partner $STUB"

if [ "$PARTS" = all ] || [ "$PARTS" = throughput ]; then
  log "Throughput: taking in $BACKLOG leads with delivery off ..."
  "${HARNESS[@]}" load "$BASE" "$API_KEY" "$FORM" 11 "$BACKLOG" 16 0 "$DATA_DIR/backlog.txt" >&2
  stop_server
  restart_stub
  log "Restarting with delivery on ($WORKERS workers) ..."
  start_server true
  if [ "${BENCH_PROFILE:-}" = "true" ]; then
    JFR_FILE="${RESULT_FILE%.txt}.jfr"
    log "Profiling the first 60 s of delivery under JFR (settings=profile) ..."
    jcmd "$(server_pid)" JFR.start name=bench settings=profile duration=60s filename="$JFR_FILE" >/dev/null
  fi
  await_stub "$BACKLOG" 900 || VERDICT=4
  if [ -n "${JFR_FILE:-}" ]; then
    deadline=$(( SECONDS + 120 ))
    until [ -s "$JFR_FILE" ] || [ $SECONDS -ge $deadline ]; do sleep 1; done
    java "$BENCH_DIR/JfrHotspots.java" "$JFR_FILE" 25 >"${RESULT_FILE%.txt}-hotspots.txt" || true
    log "Hot spots in ${RESULT_FILE%.txt}-hotspots.txt (recording $JFR_FILE, not committed)"
  fi
  curl -s "$STUB/dump" >"$DATA_DIR/backlog-dump.txt"
  report "--- throughput: a backlog of $BACKLOG leads delivered"
  "${HARNESS[@]}" check "$DATA_DIR/backlog-dump.txt" "$DATA_DIR/backlog.txt" | tee -a "$RESULT_FILE"
  rate=$(grep '^deliveries:' "$RESULT_FILE" | tail -n 1 | sed 's/.*= \([0-9]*\)\/s/\1/')
  if [ "${rate:-0}" -ge 500 ]; then report "target ≥ 500 deliveries/s: MET"; else report "target ≥ 500 deliveries/s: NOT MET"; VERDICT=4; fi
else
  stop_server
  start_server true
fi

if [ "$PARTS" = all ] || [ "$PARTS" = latency ]; then
  restart_stub
  n=$(( RATE * LATENCY_SECONDS ))
  log "Latency: $n leads at $RATE/s, open loop ..."
  "${HARNESS[@]}" load "$BASE" "$API_KEY" "$FORM" 12 "$n" 64 "$RATE" "$DATA_DIR/latency.txt" >&2
  await_stub "$n" 300 || VERDICT=4
  curl -s "$STUB/dump" >"$DATA_DIR/latency-dump.txt"
  report "--- latency: $RATE leads/s for $LATENCY_SECONDS s"
  "${HARNESS[@]}" check "$DATA_DIR/latency-dump.txt" "$DATA_DIR/latency.txt" | tee -a "$RESULT_FILE"
  p99=$(grep 'first attempt' "$RESULT_FILE" | tail -n 1 | sed 's/.*p99 \([0-9]*\) ms.*/\1/')
  if [ "${p99:-99999}" -lt 1000 ]; then report "target p99 < 1 s: MET"; else report "target p99 < 1 s: NOT MET"; VERDICT=4; fi
fi

if [ "$PARTS" = all ] || [ "$PARTS" = crash ]; then
  restart_stub
  log "Crash: $CRASH_LEADS leads, kill -9 at about half ..."
  # leads already stored by the parts before (all parts in one run): half means half of this part's
  stored_before=$(curl -s "$BASE/api/leads?limit=1" -H "Authorization: Bearer $TOKEN" \
    | sed -n 's/.*"total" *: *\([0-9]*\).*/\1/p')
  "${HARNESS[@]}" load "$BASE" "$API_KEY" "$FORM" 13 "$CRASH_LEADS" 16 0 "$DATA_DIR/crash-1.txt" >&2 &
  LOAD_PID=$!
  deadline=$(( SECONDS + 300 ))
  until [ "$(curl -s "$BASE/api/leads?limit=1" -H "Authorization: Bearer $TOKEN" \
      | sed -n 's/.*"total" *: *\([0-9]*\).*/\1/p')" -ge $(( ${stored_before:-0} + CRASH_LEADS / 2 )) ] 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { log "The load did not reach half"; exit 1; }
    sleep 0.2
  done
  pid=$(server_pid)
  kill -9 "$pid"
  log "Killed the server JVM ($pid) with kill -9 at $(stub_count) deliveries."
  wait "$LOAD_PID" || true
  wait "$RUN_PID" 2>/dev/null || true
  RUN_PID=""
  log "Restarting on the same data folder ..."
  start_server true
  grep -v ' 2[0-9][0-9] ' "$DATA_DIR/crash-1.txt" | cut -d' ' -f1 >"$DATA_DIR/crash-retry-phones.txt" || true
  retry=$(wc -l <"$DATA_DIR/crash-retry-phones.txt")
  log "Submitting the $retry unacknowledged leads again ..."
  # The same phones: PREFIX 13 and the same counters, so the harness's numbering must match; it resubmits all
  # CRASH_LEADS and the intake's duplicate rules answer the already-stored ones.
  "${HARNESS[@]}" load "$BASE" "$API_KEY" "$FORM" 13 "$CRASH_LEADS" 16 0 "$DATA_DIR/crash-2.txt" >&2
  acked1=$(grep -c ' 2[0-9][0-9] [^-]' "$DATA_DIR/crash-1.txt" || true)
  await_stub "$acked1" 300 || true
  deadline=$(( SECONDS + 120 ))
  prev=-1
  while [ "$(stub_count)" != "$prev" ] && [ $SECONDS -lt $deadline ]; do prev=$(stub_count); sleep 5; done
  curl -s "$STUB/dump" >"$DATA_DIR/crash-dump.txt"
  report "--- crash: $CRASH_LEADS leads, kill -9 of the server mid-run, restart, unacknowledged ones resubmitted"
  "${HARNESS[@]}" check "$DATA_DIR/crash-dump.txt" "$DATA_DIR/crash-1.txt" "$DATA_DIR/crash-2.txt" | tee -a "$RESULT_FILE"
  missing=$(grep '^RESULT' "$RESULT_FILE" | tail -n 1 | sed 's/.*missing=\([0-9]*\).*/\1/')
  if [ "$missing" != 0 ]; then report "LEADS LOST: $missing"; VERDICT=3; fi
fi

log "Written to ${RESULT_FILE#"$ROOT"/}"
exit "$VERDICT"
