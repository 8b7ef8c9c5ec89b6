-- wrk script: GET /api/search for each query of a query file in turn (one query per line).
-- Usage (see docs/BENCHMARKS.md):
--   wrk -t2 -c32 -d30s --latency -s bench/wrk-search.lua http://127.0.0.1:7392 -- \
--       ../shared/bench/queries-200.txt "limit=10&facets=source,topic&histogram=month&collapse=true"
-- Each wrk thread starts at a different query. wrk itself reports "Non-2xx or 3xx responses" when
-- there are any (no response() hook here: parsing each response in Lua would slow the client).

local paths = {}
local counter = 0
local threads = {}

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  local file = args[1] or "../shared/bench/queries-200.txt"
  local params = args[2] or "limit=10&facets=source,topic&histogram=month&collapse=true"
  for line in io.lines(file) do
    local q = line:gsub("^%s+", ""):gsub("%s+$", "")
    if #q > 0 then table.insert(paths, "/api/search?q=" .. encode(q) .. "&" .. params) end
  end
  if #paths == 0 then error("no queries in " .. file) end
  counter = ((id or 1) - 1) * 37
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d, errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
