acc = 0
i = 0
while i < 50000000:
    acc += i % 7 + i % 4
    i += 1
print(acc)
