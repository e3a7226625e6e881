import time
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic(); n0 = time.perf_counter_ns(); c0 = time.process_time()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0, type(time.perf_counter_ns()).__name__, time.perf_counter_ns() > n0, time.process_time() >= c0)
print(type(time.time_ns()).__name__, type(time.thread_time()).__name__, time.monotonic_ns() > 0)
g = time.gmtime(0)
print(g, g.tm_year, g[0], tuple(g), time.strftime("%Y-%m-%d %H:%M:%S", g), time.asctime(g))
g2 = time.gmtime(1700000000)
print(time.strftime("%a %b %d %j %U %W %w %y %Y %H %I %M %S %p %%", g2), time.mktime(time.localtime(1700000000)) == 1700000000)
s = time.strptime("2021-06-15 12:30:45", "%Y-%m-%d %H:%M:%S")
print(s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, s.tm_wday, s.tm_yday, type(s).__name__)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)), time.asctime((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
print(type(time.ctime()).__name__, len(time.ctime(0)) == 24, type(time.localtime()).__name__, time.gmtime(86400 * 366).tm_yday)
try:
    time.strptime("bad", "%Y")
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
import timeit
print(type(timeit.timeit("sum(range(10))", number=100)).__name__, len(timeit.repeat("1+1", number=10, repeat=3)), timeit.Timer("x=1").timeit(5) >= 0)
print(type(timeit.default_timer()).__name__, timeit.timeit(lambda: None, number=3) >= 0)
