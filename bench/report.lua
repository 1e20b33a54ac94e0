-- Shared by the wrk scripts of intake-benchmark.sh: counts non-2xx answers in every thread and, at the
-- end, prints one machine-readable RESULT line (throughput, latency percentiles, failures).
local threads = {}
local counter = 1

function setup(thread)
  thread:set("thread_no", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

non2xx = 0
statuses = {}

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    statuses[status] = (statuses[status] or 0) + 1
    if non2xx <= 3 then
      io.stderr:write(string.format("non-2xx %d: %s\n", status, string.sub(body or "", 1, 300)))
    end
  end
end

function done(summary, latency, requests)
  local bad = 0
  local detail = ""
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non2xx") or 0)
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout))
end
