import threading
started = threading.Event()
release = threading.Event()
def hold():
    started.set()
    release.wait(10)
t = threading.Thread(target=hold, name="holder")
t.start()
started.wait(10)
names = sorted(th.name for th in threading.enumerate())
print(names, threading.active_count())
print(t in threading.enumerate(), threading.main_thread() in threading.enumerate())
release.set()
t.join(10)
print(sorted(th.name for th in threading.enumerate()), threading.active_count())
idents = set()
lock = threading.Lock()
def rec():
    with lock:
        idents.add(threading.get_ident())
ts = [threading.Thread(target=rec) for _ in range(4)]
for x in ts: x.start()
for x in ts: x.join(10)
print(len(idents) >= 1, threading.get_ident() not in idents)
def named():
    return threading.current_thread().name
out = []
ts = [threading.Thread(target=lambda: out.append(named()), name=f"w{i}") for i in range(3)]
for x in ts: x.start()
for x in ts: x.join(10)
print(sorted(out))
