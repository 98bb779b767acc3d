local acc = 0
for i = 0, 50000000 - 1 do acc = acc + i % 7 + i % 4 end
print(acc)
