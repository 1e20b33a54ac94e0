#!/usr/bin/env bash
# Starts EnerSolar CRM: builds what is missing, fetches Payara Server (once), deploys the EAR, prints the
# URLs (and, at first start only, the generated credentials), then stays in the foreground until Ctrl-C.
# Configuration: see the README's table (CRM_HTTP_PORT, CRM_DATA_DIR, CRM_MONGODB_URI, ...).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/payara.sh
. "$ROOT/scripts/payara.sh"

export CRM_HTTP_PORT="${CRM_HTTP_PORT:-8080}"
mkdir -p "${CRM_DATA_DIR:-./data}"
CRM_DATA_DIR=$(cd "${CRM_DATA_DIR:-./data}" && pwd)
export CRM_DATA_DIR
EAR="$ROOT/app-ear/target/enersolar-crm.ear"
DOMAIN_DIR="$CRM_DATA_DIR/server"
BASE_URL="http://localhost:$CRM_HTTP_PORT"
started=$SECONDS

if [ -n "$(payara_pid "$DOMAIN_DIR")" ]; then
  echo "A server already runs on the data folder $CRM_DATA_DIR (pid $(payara_pid "$DOMAIN_DIR"))." >&2
  exit 1
fi

if [ ! -f "$EAR" ] || [ -n "$(find "$ROOT" -path "$ROOT/.runtime" -prune -o -path "$ROOT/data" -prune -o \
    \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$EAR" -print -quit)" ]; then
  echo "Building the EAR ..."
  "$ROOT/mvnw" -q -f "$ROOT/pom.xml" -DskipTests package
fi

ASADMIN=$(payara_ensure_runtime)
payara_create_domain "$ASADMIN" "$DOMAIN_DIR" "$CRM_HTTP_PORT"

stop_all() {
  trap - INT TERM
  echo
  echo "Stopping EnerSolar CRM ..."
  payara_stop "$ASADMIN" "$DOMAIN_DIR" "$CRM_HTTP_PORT"
  echo "Stopped."
  exit 0
}
trap stop_all INT TERM

echo "Starting Payara Server (data: $CRM_DATA_DIR) ..."
payara_start "$ASADMIN" "$DOMAIN_DIR" "$EAR"

if ! wait_for_url "$BASE_URL/health/ready" 300; then
  echo "The application did not become ready within 300 s; see $DOMAIN_DIR/$PAYARA_DOMAIN_NAME/logs/server.log" >&2
  stop_all
fi

echo
echo "EnerSolar CRM is ready after $(( SECONDS - started )) s."
echo "  Admin UI      $BASE_URL/"
echo "  Public API    $BASE_URL/api/"
echo "  Intake (v1)   $BASE_URL/api/v1/leads"
echo "  Health        $BASE_URL/health/ready"
echo "  Server log    $DOMAIN_DIR/$PAYARA_DOMAIN_NAME/logs/server.log"
SECRETS="$CRM_DATA_DIR/first-start-secrets.txt"
if [ -f "$SECRETS" ]; then
  echo
  echo "First start: note these now, they are shown only once."
  sed 's/^/  /' "$SECRETS"
  rm -f "$SECRETS"
fi
echo
echo "Press Ctrl-C to stop."

PID=$(payara_pid "$DOMAIN_DIR")
while [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; do
  sleep 1 &
  wait $! || true
done
echo "The server stopped by itself; see the server log." >&2
exit 1
