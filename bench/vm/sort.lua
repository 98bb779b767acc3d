local v = {}
local x = 12345
for i = 1, 1000000 do
  x = x * 16807 % 2147483647
  v[i] = x
end
table.sort(v)
local acc = 0
for j = 1, 1000000, 1000 do acc = acc + v[j] % 1000 end
print(acc)
