-- wrk script: the event list queries of the load test (tests/Dyad.Tests/Web/Load/EventListLoadTests.cs), in turn.
-- wrk -t2 -c50 -d15s --latency -s bench/web/events.lua http://127.0.0.1:5080
local queries = {
  "/api/events", "/api/events?pair=PAK-RUS", "/api/events?pair=IND-RUS&type=EXERCISE", "/api/events?country=CHN&status=planned",
  "/api/events?from=2010&to=2012", "/api/events?offset=5000", "/api/events?pair=PAK-RUS&from=2015-06&offset=50",
  "/api/events?type=ARMS_TRANSFER&status=occurred", "/api/events?review=unreviewed&offset=99000", "/api/events?country=USA&to=2000",
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", queries[(n % #queries) + 1])
end
