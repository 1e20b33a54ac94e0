#!/usr/bin/env bash
# The Payara Server domain of the build's integration tests (app-ear): `it-domain.sh start|stop DIR HTTP_PORT`.
# The domain lives in DIR (under target/), uses the same Payara Server as run.sh, and gets its own data folder.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=payara.sh
. "$ROOT/scripts/payara.sh"

action="$1" dir="$2" http_port="$3"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
ASADMIN=$(payara_ensure_runtime)
export CRM_DATA_DIR="$dir/data" CRM_HTTP_PORT="$http_port"
# The demo CRMs, forms and commandes deliver to the built-in sandbox partner, so the EAR's test can take,
# deliver and verify/bill leads end to end; a short back-off makes a 5xx lead `failed` within seconds.
export CRM_DEMO=true CRM_DELIVERY_BACKOFF=1s

case "$action" in
  start)
    if [ -n "$(payara_pid "$dir/server")" ]; then
      payara_stop "$ASADMIN" "$dir/server" "$http_port"
    fi
    rm -rf "$CRM_DATA_DIR"
    payara_create_domain "$ASADMIN" "$dir/server" "$http_port"
    payara_configure_domain "$dir/server"
    setsid --wait "$ASADMIN" start-domain --domaindir "$dir/server" "$PAYARA_DOMAIN_NAME" >/dev/null
    echo "Integration-test domain started: HTTP $http_port, admin $(payara_admin_port "$http_port")"
    ;;
  stop)
    payara_stop "$ASADMIN" "$dir/server" "$http_port"
    echo "Integration-test domain stopped"
    ;;
  *)
    echo "usage: it-domain.sh start|stop DIR HTTP_PORT" >&2
    exit 2
    ;;
esac
