# shellcheck shell=bash
# Payara Server helpers shared by run.sh and the build's integration-test domain.
# Source it; it defines functions only. Needs: ROOT (the project folder).

PAYARA_DOMAIN_NAME=enersolar

payara_version() {
  sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml" | head -n 1
}

# Unpacks Payara Server from Maven Central into $CRM_RUNTIME_DIR once; prints the asadmin path.
payara_ensure_runtime() {
  local runtime="${CRM_RUNTIME_DIR:-$ROOT/.runtime}"
  local asadmin="$runtime/payara6/bin/asadmin"
  if [ ! -x "$asadmin" ]; then
    echo "Fetching Payara Server $(payara_version) from Maven Central (once) ..." >&2
    mkdir -p "$runtime"
    "$ROOT/mvnw" -q -N -f "$ROOT/pom.xml" dependency:unpack \
      "-Dartifact=fish.payara.distributions:payara:$(payara_version):zip" \
      "-DoutputDirectory=$runtime" >&2
  fi
  echo "$asadmin"
}

# payara_admin_port HTTP_PORT: every port of a domain is derived from its HTTP port (portbase = HTTP - 80),
# so two instances whose HTTP ports are at least 100 apart never collide.
payara_admin_port() { echo $(( $1 - 80 + 48 )); }

# payara_create_domain ASADMIN DOMAIN_DIR HTTP_PORT: (re)creates the domain when missing or made for another port.
payara_create_domain() {
  local asadmin="$1" domain_dir="$2" http_port="$3"
  local marker="$domain_dir/$PAYARA_DOMAIN_NAME/.http-port"
  if [ -f "$marker" ] && [ "$(cat "$marker")" = "$http_port" ]; then
    return 0
  fi
  if [ -d "$domain_dir/$PAYARA_DOMAIN_NAME" ]; then
    echo "The server domain was made for another HTTP port: recreating it for $http_port." >&2
    rm -rf "${domain_dir:?}/$PAYARA_DOMAIN_NAME"
  fi
  if [ "$http_port" -lt 1104 ] || [ "$http_port" -gt 65400 ]; then
    echo "CRM_HTTP_PORT must be between 1104 and 65400 (the server's other ports are derived from it)." >&2
    return 1
  fi
  mkdir -p "$domain_dir"
  "$asadmin" create-domain --nopassword=true --portbase $(( http_port - 80 )) \
    --domaindir "$domain_dir" "$PAYARA_DOMAIN_NAME" >/dev/null
  echo "$http_port" > "$marker"
}

# payara_configure_domain DOMAIN_DIR: the domain settings the application needs, applied to domain.xml before
# every start (idempotent):
# - Payara's own MicroProfile Health endpoint off: it would answer /health/ready (UP, no checks) in place of
#   the application's readiness check, which must say 503 until the store answers;
# - a bigger heap than the template's 512 MB (2 GB), UTF-8 as the default encoding, and a bigger HTTP thread pool.
payara_configure_domain() {
  local cfg="$1/$PAYARA_DOMAIN_NAME/config/domain.xml"
  if ! grep -q '<microprofile-healthcheck-configuration enabled="false"' "$cfg"; then
    if grep -q '<microprofile-healthcheck-configuration' "$cfg"; then
      sed -i -e 's:<microprofile-healthcheck-configuration enabled="true":<microprofile-healthcheck-configuration:' \
        -e 's:<microprofile-healthcheck-configuration:<microprofile-healthcheck-configuration enabled="false":' "$cfg"
    else
      # A new domain writes its defaults at first boot: declare this one before.
      sed -i 's:^\(\s*\)<config name="server-config">:&\n\1  <microprofile-healthcheck-configuration enabled="false"></microprofile-healthcheck-configuration>:' "$cfg"
    fi
  fi
  sed -i 's:<jvm-options>-Xmx512m</jvm-options>:<jvm-options>-Xmx2g</jvm-options><jvm-options>-Dfile.encoding=UTF-8</jvm-options>:' "$cfg"
  # 2 GB since the embedded store's page cache (CRM_EMBEDDED_STORE_CACHE_MB) keeps decoded leads; domains made
  # with the earlier 1 GB are raised too.
  sed -i 's:<jvm-options>-Xmx1g</jvm-options>:<jvm-options>-Xmx2g</jvm-options>:' "$cfg"
  # The JDK's HTTP client re-sends a POST whose connection dropped before the answer: one delivery
  # attempt could reach a partner twice. Off, so each attempt is one request (see connector-http).
  if ! grep -q 'sun.net.http.retryPost' "$cfg"; then
    sed -i 's:<jvm-options>-Xmx2g</jvm-options>:&<jvm-options>-Dsun.net.http.retryPost=false</jvm-options>:' "$cfg"
  fi
  # The JDK keeps 5 idle connections per partner by default: the other delivery workers' connections were
  # closed after each lead and opened again for the next.
  if ! grep -q 'http.maxConnections' "$cfg"; then
    sed -i 's:<jvm-options>-Xmx2g</jvm-options>:&<jvm-options>-Dhttp.maxConnections=64</jvm-options>:' "$cfg"
  fi
  # The application sends no JMS. With the embedded broker, the first EJB timer's set-up (Payara deploys its
  # timer application during ours) waited on the JMS configuration listener until its 3-minute timeout, at
  # every first start of a domain (server.log: "JMSConfigListener notification took too long").
  if ! grep -q '<jms-service default-jms-host="default_JMS_host" type="DISABLED"' "$cfg"; then
    sed -i 's:^\(\s*\)<config name="server-config">:&\n\1  <jms-service default-jms-host="default_JMS_host" type="DISABLED"></jms-service>:' "$cfg"
  fi
  # The template's HTTP pool has 5 threads; intake threads wait on the store, so more of them help.
  sed -i 's:<thread-pool name="http-thread-pool"></thread-pool>:<thread-pool name="http-thread-pool" min-thread-pool-size="8" max-thread-pool-size="32"></thread-pool>:' "$cfg"
}

# payara_pid DOMAIN_DIR: the running domain's process id, if any.
payara_pid() {
  local pidfile="$1/$PAYARA_DOMAIN_NAME/config/pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile" 2>/dev/null)" 2>/dev/null; then
    cat "$pidfile" 2>/dev/null
  fi
}

# payara_start ASADMIN DOMAIN_DIR EAR: starts the domain; the server itself deploys the EAR as its post-boot
# command, so the deployment never races the boot. (A clean stop undeploys it, so a boot never loads a stale
# copy; after a crash the boot loads the old copy first and the post-boot command replaces it.)
payara_start() {
  local asadmin="$1" domain_dir="$2" ear="$3"
  local postboot="$domain_dir/$PAYARA_DOMAIN_NAME/config/post-boot-commands.asadmin"
  payara_configure_domain "$domain_dir"
  printf 'deploy --force=true --name enersolar-crm %s\n' "$ear" > "$postboot"
  # A session of its own: Ctrl-C in the terminal reaches run.sh, which stops the server in order (undeploy,
  # store flushed), instead of killing the server's JVM mid-write.
  setsid --wait "$asadmin" start-domain --postbootcommandfile "$postboot" --domaindir "$domain_dir" \
    "$PAYARA_DOMAIN_NAME" >/dev/null
}

# payara_stop ASADMIN DOMAIN_DIR HTTP_PORT: undeploys the application (its store is flushed and closed), stops
# the domain, then makes sure no process is left behind.
payara_stop() {
  local asadmin="$1" domain_dir="$2" http_port="$3" pid
  pid=$(payara_pid "$domain_dir")
  if [ -n "$pid" ]; then
    "$asadmin" --port "$(payara_admin_port "$http_port")" undeploy enersolar-crm >/dev/null 2>&1 || true
  fi
  "$asadmin" stop-domain --domaindir "$domain_dir" "$PAYARA_DOMAIN_NAME" >/dev/null 2>&1 || true
  if [ -n "$pid" ]; then
    local deadline=$(( SECONDS + 60 ))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "The server did not stop within 60 s: killing it." >&2
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
}

# wait_for_url URL SECONDS: polls until the URL answers 200; fails after the deadline.
wait_for_url() {
  local url="$1" deadline=$(( SECONDS + $2 ))
  while [ $SECONDS -lt $deadline ]; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = "200" ]; then
      return 0
    fi
    sleep 0.5
  done
  return 1
}
