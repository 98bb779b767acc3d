parts = []
for i in range(1000000):
    parts.append(str(i))
    parts.append(",")
print(len("".join(parts)))
