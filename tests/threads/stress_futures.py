from concurrent.futures import ThreadPoolExecutor, as_completed
import threading
def work(n):
    return sum(i * i for i in range(n))
with ThreadPoolExecutor(max_workers=8) as ex:
    futs = {ex.submit(work, n): n for n in range(200)}
    total = 0
    for f in as_completed(futs, timeout=60):
        assert f.result() == work(futs[f])
        total += f.result()
print(total == sum(work(n) for n in range(200)))
with ThreadPoolExecutor(8) as ex:
    print(list(ex.map(work, range(50))) == [work(n) for n in range(50)])
shared = []
with ThreadPoolExecutor(8) as ex:
    for i in range(1000):
        ex.submit(shared.append, i)
print(len(shared), sorted(shared) == list(range(1000)))
