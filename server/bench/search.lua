-- wrk script: GET /api/search for each query of a file in turn (one query per line).
--   wrk -t2 -c32 -d30s --latency -s server/bench/search.lua http://127.0.0.1:7070 -- \
--       ../shared/bench/queries-200.txt ["limit=10&facets=source,topic&histogram=month&collapse=true"]
-- The default parameters are the workload of ../shared/bench/README.md: 10 hits, an exact total,
-- facets on source and topic, a monthly histogram (and, beyond it, snippets and story collapsing).
-- No response() hook: parsing every response in Lua would slow the client; wrk itself reports
-- "Non-2xx or 3xx responses" when there are any.
local paths = {}
local counter = 0

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local file = args[1] or "../shared/bench/queries-200.txt"
  local params = args[2] or "limit=10&facets=source,topic&histogram=month&collapse=true"
  for line in io.lines(file) do
    if line:match("%S") then
      paths[#paths + 1] = "/api/search?q=" .. encode(line) .. "&" .. params
    end
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
