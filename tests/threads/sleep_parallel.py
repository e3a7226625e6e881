import threading, time
start = time.perf_counter()
ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join(timeout=10)
elapsed = time.perf_counter() - start
print("sleeps overlapped:", elapsed < 1.0)
