local counts = {}
local x = 42
local distinct = 0
for i = 1, 1000000 do
  x = x * 16807 % 2147483647
  local w = "w" .. (x % 5000)
  local c = counts[w]
  if c then counts[w] = c + 1 else counts[w] = 1; distinct = distinct + 1 end
end
print(distinct, counts["w7"])
