#!/usr/bin/env bash
# Intake benchmark (not part of ./mvnw verify). One command:
#
#   bench/intake-benchmark.sh
#
# Starts the application with ./run.sh on its own port and a fresh data folder (embedded store, demo data,
# rate limits off), warms it up, then measures at one fixed concurrency, each for the same duration:
#   1. GET /health/live            the same server's trivial GET (no store access)          wrk
#   2. POST /api/v1/leads          intake, a different valid mobile number per request       wrk
#   3. raw driver insertOne        into bench_raw of the SAME embedded store                 bench/RawInsert.java
# and prints the three rates, intake p50/p99, and the ratio intake / min(GET, insertOne) against the 50 % target.
# Results go to bench/results/intake-<date>.txt. The server is stopped (as run.sh's Ctrl-C does) at the end,
# on failure and on Ctrl-C.
#
# Tunables (environment): BENCH_HTTP_PORT (18080), BENCH_STORE_PORT (18017), BENCH_CONNECTIONS (16),
# BENCH_THREADS (2, wrk threads), BENCH_DURATION (30 s per measurement), BENCH_WARMUP (120 s, at least 60),
# BENCH_RAW_WARMUP (15 s), BENCH_PROFILE (true: afterwards, one more intake run under JFR, with a hot-spot
# summary from bench/JfrHotspots.java), BENCH_KEEP_DATA (true: keep the temporary data folder), BENCH_DELIVERY
# (false by default: the outbox workers stay off, so intake is measured alone rather than sharing the 2 cores
# with delivering every lead to the demo CRMs' sandbox partner in the same server; true: both run).
# Exit status: 0 target met, 4 target not met, 3 invalid run (non-2xx answers or errors), 1-2 setup failure.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR="$ROOT/bench"
export BENCH_DIR

HTTP_PORT="${BENCH_HTTP_PORT:-18080}"
STORE_PORT="${BENCH_STORE_PORT:-18017}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
WRK_THREADS="${BENCH_THREADS:-2}"
DURATION="${BENCH_DURATION:-30}"
WARMUP="${BENCH_WARMUP:-120}"
RAW_WARMUP="${BENCH_RAW_WARMUP:-15}"
BASE="http://127.0.0.1:$HTTP_PORT"
if [ "$WARMUP" -lt 60 ]; then
  echo "BENCH_WARMUP must be at least 60 s (cold JIT on 2 cores is 3-6x slower)." >&2
  exit 2
fi

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- prerequisites ----------------------------------------------------------------------------------------
if [ ! -f "$ROOT/app-ear/target/enersolar-crm.ear" ]; then
  log "Building the EAR (./mvnw -q -DskipTests package) ..."
  (cd "$ROOT" && ./mvnw -q -DskipTests package)
fi
if ! command -v wrk >/dev/null 2>&1; then
  log "Installing wrk (apt-get install -y wrk) ..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else
    sudo apt-get install -y wrk >/dev/null || { sudo apt-get update >/dev/null && sudo apt-get install -y wrk >/dev/null; }
  fi
fi
M2="${MAVEN_REPO:-$HOME/.m2/repository}"
DRIVER_VERSION=5.5.1
CP=""
for a in mongodb-driver-sync mongodb-driver-core bson; do
  jar="$M2/org/mongodb/$a/$DRIVER_VERSION/$a-$DRIVER_VERSION.jar"
  if [ ! -f "$jar" ]; then
    log "Resolving the MongoDB driver's classpath from crm-core ..."
    (cd "$ROOT" && ./mvnw -q dependency:build-classpath -pl crm-core -Dmdep.includeGroupIds=org.mongodb \
      -Dmdep.outputFile="$BENCH_DIR/.driver-classpath" >/dev/null)
    CP=$(cat "$BENCH_DIR/.driver-classpath")
    break
  fi
  CP="${CP:+$CP:}$jar"
done
for p in "$HTTP_PORT" "$STORE_PORT" $(( HTTP_PORT - 80 + 48 )); do
  if port_busy "$p"; then
    echo "Port $p is in use: set BENCH_HTTP_PORT / BENCH_STORE_PORT to free ones." >&2
    exit 2
  fi
done

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
OTHER_JAVA=$(pgrep -c java || true)
if [ "${OTHER_JAVA:-0}" -gt 0 ]; then
  log "Note: $OTHER_JAVA other Java process(es) already run on this machine; figures may be lower."
fi

# --- start the server -------------------------------------------------------------------------------------
DATA_DIR=$(mktemp -d /tmp/enersolar-bench.XXXXXX)
API_KEY="bench_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
RUN_LOG="$DATA_DIR/run.log"
RUN_PID=""
SERVER_PID=""
WORK_PIDS=()

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for p in "${WORK_PIDS[@]:-}"; do
    [ -n "$p" ] && kill "$p" 2>/dev/null || true
  done
  if [ -n "$RUN_PID" ] && kill -0 "$RUN_PID" 2>/dev/null; then
    log "Stopping the server (SIGTERM to run.sh, as Ctrl-C) ..."
    kill -TERM "$RUN_PID" 2>/dev/null || true
    wait "$RUN_PID" 2>/dev/null || true
  fi
  if [ -z "$SERVER_PID" ] && [ -f "$DATA_DIR/server/enersolar/config/pid" ]; then
    SERVER_PID=$(cat "$DATA_DIR/server/enersolar/config/pid" 2>/dev/null || true)
  fi
  if [ -n "$SERVER_PID" ]; then
    local deadline=$(( SECONDS + 60 ))
    while kill -0 "$SERVER_PID" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      log "The server JVM ($SERVER_PID) is still alive: killing it."
      kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
  fi
  if { [ "$rc" -eq 0 ] || [ "$rc" -eq 4 ]; } && [ "${BENCH_KEEP_DATA:-}" != "true" ]; then
    rm -rf "$DATA_DIR"
  else
    log "Data folder kept for inspection: $DATA_DIR (run.sh output: $RUN_LOG)"
  fi
  log "Stopped; no server left running."
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "Starting the application (port $HTTP_PORT, store port $STORE_PORT, data $DATA_DIR) ..."
(
  cd "$ROOT"
  exec env -u CRM_MONGODB_URI CRM_HTTP_PORT="$HTTP_PORT" CRM_DATA_DIR="$DATA_DIR" CRM_EMBEDDED_STORE_PORT="$STORE_PORT" \
    CRM_API_KEY="$API_KEY" CRM_RATE_LIMIT_INTAKE_PER_MINUTE=0 CRM_RATE_LIMIT_PUBLIC_PER_MINUTE=0 \
    CRM_DEMO=true CRM_DELIVERY_ENABLED="${BENCH_DELIVERY:-false}" ./run.sh
) >"$RUN_LOG" 2>&1 &
RUN_PID=$!

deadline=$(( SECONDS + 600 ))
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready" 2>/dev/null)" = "200" ]; do
  if ! kill -0 "$RUN_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
    log "The application did not become ready; run.sh said:"
    tail -n 30 "$RUN_LOG" >&2
    exit 1
  fi
  sleep 1
done
SERVER_PID=$(cat "$DATA_DIR/server/enersolar/config/pid")
log "Ready (server pid $SERVER_PID)."

# --- the demo form ----------------------------------------------------------------------------------------
# by-lp answers the landing page and its forms, each with a "code": the first code that is not the LP's.
FORM=$(curl -s "$BASE/api/forms/public/by-lp/LP-001" | grep -o '"code" *: *"[A-Z0-9]*-[0-9]*"' \
  | sed 's/.*"\([A-Z0-9]*-[0-9]*\)"$/\1/' | grep -v '^LP-' | head -n 1 || true)
if [ -z "$FORM" ]; then
  FORM=PV-001
fi
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/forms/public/$FORM")" != "200" ]; then
  log "No demo form found (tried $FORM)."
  exit 1
fi
smoke=$(curl -s -w ' HTTP %{http_code}' -X POST "$BASE/api/v1/leads" -H 'Content-Type: application/json' \
  -H "Authorization: Token $API_KEY" \
  -d "{\"form_id\":\"$FORM\",\"phone\":\"0699123457\",\"nom\":\"Bench\",\"code_postal\":\"75011\",\"utm_source\":\"bench\"}")
log "Form $FORM; smoke lead: $smoke"
case "$smoke" in
  *'HTTP 200'*) ;;
  *) log "The smoke lead was not accepted."; exit 1 ;;
esac

# --- helpers ----------------------------------------------------------------------------------------------
export BENCH_API_KEY="$API_KEY" BENCH_FORM="$FORM"

# wrk_run LABEL SECONDS SCRIPT URL [RUN]: runs wrk; its RESULT line lands in $LAST (wrk's own output is kept
# in the data folder). Not in a command substitution, so that cleanup knows wrk's pid.
LAST=""
wrk_run() {
  local label="$1" secs="$2" script="$3" url="$4" out cpu0 cpu1 reqs
  out="$DATA_DIR/wrk-$label.txt"
  cpu0=$(server_cpu_ticks)
  thread_ticks >"$DATA_DIR/threads-$label.before"
  BENCH_RUN="${5:-1}" wrk -t "$WRK_THREADS" -c "$CONNECTIONS" -d "${secs}s" --timeout 10s --latency \
    -s "$BENCH_DIR/$script" "$url" >"$out" 2>"$out.err" &
  WORK_PIDS=($!)
  wait "${WORK_PIDS[0]}"
  WORK_PIDS=()
  if [ -s "$out.err" ]; then sed 's/^/    wrk: /' "$out.err" >&2; fi
  cpu1=$(server_cpu_ticks)
  thread_ticks >"$DATA_DIR/threads-$label.after"
  LAST=$(grep '^RESULT' "$out")
  # The server JVM's CPU time (user + system, all its threads) per answered request, in microseconds.
  reqs=$(field "$LAST" requests)
  LAST="$LAST server_cpu_us=$(awk -v a="$cpu0" -v b="$cpu1" -v n="$reqs" -v hz="$CLK_TCK" \
    'BEGIN { printf "%.0f", (n > 0) ? (b - a) * 1e6 / hz / n : 0 }')"
  thread_groups "$DATA_DIR/threads-$label.before" "$DATA_DIR/threads-$label.after" "$reqs" \
    >"$DATA_DIR/threads-$label.txt"
}

CLK_TCK=$(getconf CLK_TCK)
# utime + stime of the server JVM (fields 14 and 15 of /proc/PID/stat; the name in field 2 has no spaces).
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }

# One line per live thread of the server JVM: tid, utime + stime in ticks, name (spaces as _).
# Fields after the "(name) " of /proc/PID/task/TID/stat start at field 3, so utime and stime are the 12th and 13th.
thread_ticks() {
  local d s rest name
  for d in /proc/"$SERVER_PID"/task/*; do
    s=$(cat "$d/stat" 2>/dev/null) || continue
    name=$(cat "$d/comm" 2>/dev/null) || continue
    rest=${s##*) }
    # shellcheck disable=SC2086
    set -- $rest
    echo "${d##*/} $(( ${12} + ${13} )) ${name// /_}"
  done
}

# thread_groups BEFORE AFTER REQUESTS: the server's CPU per request by thread group (digits in the
# names folded, so the 16 HTTP workers are one group; GC and JIT threads included), most first.
thread_groups() {
  awk -v n="$3" -v hz="$CLK_TCK" '
    NR == FNR { before[$1] = $2; next }
    { name = $3; gsub(/[0-9]+/, "#", name); used[name] += $2 - (($1 in before) ? before[$1] : 0) }
    END { for (g in used) if (used[g] > 0) printf "%8.0f us  %s\n", used[g] * 1e6 / hz / n, g }
  ' "$1" "$2" | sort -rn
}

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" $1"; }

# --- warm-up ----------------------------------------------------------------------------------------------
intake_warm=$(( WARMUP * 2 / 3 ))
get_warm=$(( WARMUP - intake_warm ))
log "Warm-up: ${intake_warm} s of intake, then ${get_warm} s of GET /health/live ($CONNECTIONS connections) ..."
wrk_run warmup-intake "$intake_warm" intake.lua "$BASE/api/v1/leads" 1; w1=$LAST
log "  warm-up intake: $w1"
wrk_run warmup-get "$get_warm" get.lua "$BASE/health/live"; w2=$LAST
log "  warm-up GET:    $w2"

# --- measurements -----------------------------------------------------------------------------------------
log "Measuring GET /health/live for ${DURATION} s ..."
wrk_run get "$DURATION" get.lua "$BASE/health/live"; get=$LAST
log "  $get"
log "Measuring POST /api/v1/leads for ${DURATION} s ..."
wrk_run intake "$DURATION" intake.lua "$BASE/api/v1/leads" 2; intake=$LAST
log "  $intake"
log "Measuring raw driver insertOne (${RAW_WARMUP} s warm-up, then ${DURATION} s, $CONNECTIONS threads) ..."
java -cp "$CP" "$BENCH_DIR/RawInsert.java" "mongodb://127.0.0.1:$STORE_PORT" enersolar "$CONNECTIONS" \
  "$RAW_WARMUP" "$DURATION" >"$DATA_DIR/raw.txt" 2>"$DATA_DIR/raw.err" &
WORK_PIDS=($!)
wait "${WORK_PIDS[0]}" || { log "RawInsert failed:"; cat "$DATA_DIR/raw.err" >&2; exit 1; }
WORK_PIDS=()
sed 's/^/    raw: /' "$DATA_DIR/raw.err" >&2
raw=$(grep '^RESULT' "$DATA_DIR/raw.txt")
log "  $raw"

# --- verdict ----------------------------------------------------------------------------------------------
leads_total=$(curl -s "$BASE/api/health" | grep -o '"leads"[^}]*' | head -n 1 || true)
get_rps=$(field "$get" rps); intake_rps=$(field "$intake" rps); raw_rps=$(field "$raw" rps)
bad=$(( $(field "$get" non2xx) + $(field "$get" socket_errors) + $(field "$intake" non2xx) \
  + $(field "$intake" socket_errors) + $(field "$raw" errors) ))
read -r ref ratio verdict < <(awk -v g="$get_rps" -v i="$intake_rps" -v r="$raw_rps" 'BEGIN {
  m = (g < r) ? g : r; q = i / m;
  printf "%.1f %.1f %s\n", m, 100 * q, (q >= 0.5) ? "MET" : "NOT_MET" }')
if [ "$bad" -ne 0 ]; then
  verdict="INVALID (non-2xx answers, socket errors or failed inserts: $bad)"
fi

RESULT_FILE="$BENCH_DIR/results/intake-$(date +%Y-%m-%d-%H%M).txt"
mkdir -p "$BENCH_DIR/results"
{
  echo "EnerSolar CRM intake benchmark — $(date -Iseconds)"
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM," \
    "$(uname -sr); $(java -version 2>&1 | head -n 1)"
  echo "Load average before start: $LOAD_BEFORE; other Java processes at start: ${OTHER_JAVA:-0}"
  echo "Delivery workers: ${BENCH_DELIVERY:-false} (BENCH_DELIVERY)"
  echo "Commit: $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')" \
    "$(cd "$ROOT" && git status --porcelain -- ':!bench' 2>/dev/null | grep -q . && echo '(with local changes)')"
  echo "Setup: Payara Server via run.sh, embedded store (mongo-java-server + H2) in the app JVM, demo data,"
  echo "       rate limits off; $CONNECTIONS connections / threads, wrk $WRK_THREADS threads, ${DURATION} s per"
  echo "       measurement after ${WARMUP} s of warm-up (intake then GET); insertOne after its own ${RAW_WARMUP} s."
  echo "       Load generators run on the same machine as the server."
  echo "Form: $FORM"
  echo
  printf '%-34s %10s %9s %9s %9s\n' "" "req/s" "p50 ms" "p99 ms" "failed"
  printf '%-34s %10s %9s %9s %9s\n' "GET /health/live (trivial)" "$get_rps" "$(field "$get" p50_ms)" \
    "$(field "$get" p99_ms)" "$(( $(field "$get" non2xx) + $(field "$get" socket_errors) ))"
  printf '%-34s %10s %9s %9s %9s\n' "POST /api/v1/leads (intake)" "$intake_rps" "$(field "$intake" p50_ms)" \
    "$(field "$intake" p99_ms)" "$(( $(field "$intake" non2xx) + $(field "$intake" socket_errors) ))"
  printf '%-34s %10s %9s %9s %9s\n' "driver insertOne (same store)" "$raw_rps" "$(field "$raw" p50_ms)" \
    "$(field "$raw" p99_ms)" "$(field "$raw" errors)"
  echo
  echo "Intake / min(GET, insertOne) = $intake_rps / $ref = ${ratio} % (target >= 50 %): $verdict"
  echo "Server CPU per request (all JVM threads): GET $(field "$get" server_cpu_us) us," \
    "intake $(field "$intake" server_cpu_us) us (the rest of the 2 cores: wrk and the kernel)"
  echo "Server CPU per request by thread group (GET | intake):"
  paste -d'|' <(head -n 8 "$DATA_DIR/threads-get.txt" | awk '{ printf "  %-40s\n", $0 }') \
    <(head -n 8 "$DATA_DIR/threads-intake.txt")
  echo
  echo "Raw lines:"
  echo "  warm-up intake  $w1"
  echo "  warm-up GET     $w2"
  echo "  GET             $get"
  echo "  intake          $intake"
  echo "  insertOne       $raw"
  echo "  store after run: $leads_total"
} | tee "$RESULT_FILE"
log "Written to ${RESULT_FILE#"$ROOT"/}"

# --- optional profile (after the measurements, which it would disturb) ---------------------------------------
if [ "${BENCH_PROFILE:-}" = "true" ]; then
  JFR_FILE="${RESULT_FILE%.txt}.jfr"
  log "Profiling: ${DURATION} s more of intake under JFR (settings=profile) ..."
  # Deep stacks (Grizzly, the servlet chain, Jersey, Weld, then the driver) exceed the default 64 frames.
  jcmd "$SERVER_PID" JFR.configure stackdepth=512 >/dev/null
  jcmd "$SERVER_PID" JFR.start name=bench settings=profile filename="$JFR_FILE" >/dev/null
  wrk_run profile-intake "$DURATION" intake.lua "$BASE/api/v1/leads" 3
  jcmd "$SERVER_PID" JFR.stop name=bench >/dev/null
  log "  profiled intake: $LAST"
  java "$BENCH_DIR/JfrHotspots.java" "$JFR_FILE" 25 | tee "${RESULT_FILE%.txt}-hotspots.txt"
  log "Hot spots in ${RESULT_FILE%.txt}-hotspots.txt; recording ${JFR_FILE#"$ROOT"/} (not committed)"
fi
case "$verdict" in
  INVALID*) exit 3 ;;
  NOT_MET) exit 4 ;;
esac
