local parts = {}
local n = 0
for i = 0, 1000000 - 1 do
  n = n + 1; parts[n] = tostring(i)
  n = n + 1; parts[n] = ","
end
print(#table.concat(parts))
