# weft-args: --gil
import threading
out = []
ts = [threading.Thread(target=out.append, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join(10)
print(sorted(out))
