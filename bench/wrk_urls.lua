-- wrk script: each request takes the next path of the file named by WRK_URLS (one per line).
-- Threads start at different places in the list so that they do not ask for the same page together.
local paths = {}
for line in io.lines(os.getenv("WRK_URLS")) do
  if line ~= "" then
    paths[#paths + 1] = line
  end
end

local started = 0
function setup(thread)
  thread:set("offset", started)
  started = started + 1
end

local position = nil
function request()
  if position == nil then
    position = (offset or 0) * math.floor(#paths / 7)
  end
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

local failures = 0
function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end
