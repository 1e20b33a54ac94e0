#!/usr/bin/env bash
# Times the nightly jobs (issue 6) on JBeret SE over the embedded store, beside the store's raw
# scan of the same leads, in one JVM run. Outside `mvn verify`.
#   bench/nightly-benchmark.sh [LEADS] [h2|memory]      (default 1000000 h2)
set -euo pipefail
cd "$(dirname "$0")/.."
leads="${1:-1000000}"
backend="${2:-h2}"
./mvnw -o -B -pl batch-jobs -am test -Dtest=NightlyJobsBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.leads="$leads" -Dbench.backend="$backend" \
    -DargLine="-Xmx3g" 2>&1 | grep -E "seeded|raw scan|nightly-verification:|billing-rollup:|ERROR|FAIL" || true
