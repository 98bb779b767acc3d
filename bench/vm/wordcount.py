counts = {}
x = 42
for i in range(1000000):
    x = x * 16807 % 2147483647
    w = "w" + str(x % 5000)
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["w7"])
