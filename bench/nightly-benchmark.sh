#!/usr/bin/env bash
# Times the nightly jobs (issue 6) on JBeret SE over the embedded store, beside the store's raw
# scan of the same leads, in one JVM run. Outside `mvn verify`.
#   bench/nightly-benchmark.sh [LEADS] [h2|memory] [JOBS]   (default 1000000 h2, both jobs;
#   JOBS = nightly-verification,billing-rollup or one of them)
set -euo pipefail
cd "$(dirname "$0")/.."
leads="${1:-1000000}"
backend="${2:-h2}"
jobs="${3:-nightly-verification,billing-rollup}"
./mvnw -o -B -pl batch-jobs -am test -Dtest=NightlyJobsBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.leads="$leads" -Dbench.backend="$backend" \
    -Dbench.jobs="$jobs" \
    -DargLine="-Xmx6g" 2>&1 | grep -E "seeded|indexes|raw scan|leads table|nightly-verification |billing-rollup |ERROR|FAIL" || true
