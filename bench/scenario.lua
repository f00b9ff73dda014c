-- wrk script for one scenario: every request is drawn at random from BENCH_REQUESTS (one per line: token, tab,
-- JSON body; written by `Kompetens.Bench requests`) and POSTed to BENCH_PATH (/graphql for the API, /raw/<scenario>
-- for the baseline). A response that is not 200, or whose body holds "errors", counts as an error. done() writes
-- the run's numbers as JSON to BENCH_OUT.
local requests = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    local tab = line:find("\t", 1, true)
    requests[#requests + 1] = wrk.format("POST", os.getenv("BENCH_PATH"),
      { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json, application/json",
        ["Authorization"] = "Bearer " .. line:sub(1, tab - 1) }, line:sub(tab + 1))
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
  errors = 0
  first_error = ""
end

function request()
  return requests[math.random(#requests)]
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then
    errors = errors + 1
    if first_error == "" then first_error = status .. " " .. body:sub(1, 300) end
  end
end

function done(summary, latency, requests)
  local failed, sample = 0, ""
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("errors")
    if sample == "" then sample = thread:get("first_error") end
  end
  local out = io.open(os.getenv("BENCH_OUT"), "w")
  out:write(string.format(
    '{"requests":%d,"durationMicros":%d,"errors":%d,"socketErrors":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d,"firstError":"%s"}',
    summary.requests, summary.duration, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, (sample:gsub('[%c"\\]', ' '))))
  out:close()
end
