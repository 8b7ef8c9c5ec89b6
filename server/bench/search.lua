-- wrk script: GET /api/search for each query of a file in turn, with facets and a monthly histogram.
--   wrk -t2 -c32 -d30s --latency -s server/bench/search.lua http://127.0.0.1:7070 -- ../shared/bench/queries-200.txt
local paths = {}
local counter = 0

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local file = args[1] or "../shared/bench/queries-200.txt"
  for line in io.lines(file) do
    if line:match("%S") then
      paths[#paths + 1] = "/api/search?q=" .. encode(line) .. "&limit=10&facets=true&histogram=month&collapse=true"
    end
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
