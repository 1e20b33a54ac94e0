-- POST /api/v1/leads with a different, valid French mobile number on every request.
-- Environment: BENCH_DIR, BENCH_API_KEY, BENCH_FORM (a form code), BENCH_RUN (1..5, one per wrk run so
-- that no number repeats across runs: a repeat within 10 s would be answered by the double-submit guard,
-- a later one would be an internal duplicate; both are cheaper than a new lead).
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local key = os.getenv("BENCH_API_KEY")
local form = os.getenv("BENCH_FORM")
local run = tonumber(os.getenv("BENCH_RUN") or "1")
local n = 100000

function init(args)
  -- 06 <run digit> <thread digit> <6-digit counter>: disjoint across runs and threads; run digits 1-5 and
  -- a counter from 100000 never form the seed's fake patterns (repeated digits, pair sequences).
  prefix = string.format("06%d%d", run, thread_no % 10)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Token " .. key
end

function request()
  n = n + 1
  local body = string.format(
    '{"form_id":"%s","phone":"%s%06d","nom":"Bench","code_postal":"75011","utm_source":"bench"}',
    form, prefix, n)
  return wrk.format(nil, nil, nil, body)
end
