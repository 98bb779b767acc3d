v = []
x = 12345
for i in range(1000000):
    x = x * 16807 % 2147483647
    v.append(x)
v.sort()
print(sum(v[j] % 1000 for j in range(0, 1000000, 1000)))
