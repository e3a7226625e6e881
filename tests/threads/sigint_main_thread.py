# Ctrl-C (SIGINT, sent here by a helper thread) raises KeyboardInterrupt in the main
# thread whatever it is blocked in, while other threads keep running.
import os, signal, threading, time, queue

stop = threading.Event()
spins = [0]
def spin():
    while not stop.is_set():
        spins[0] += 1
workers = [threading.Thread(target=spin, daemon=True) for _ in range(2)]
for t in workers:
    t.start()

def interrupt_soon():
    time.sleep(0.2)
    os.kill(os.getpid(), int(signal.SIGINT))

def busy():
    while True: pass

def run(mode, fn):
    k = threading.Thread(target=interrupt_soon)
    k.start()
    try:
        fn()
        print(mode, "returned without interrupt")
    except KeyboardInterrupt as e:
        print(mode, "KeyboardInterrupt", repr(e), threading.current_thread() is threading.main_thread())
    k.join(5)

def waiter():
    stop.wait()
def join_new(timeout=None):
    # a fresh thread each time: CPython 3.11 marks a thread whose join() was
    # interrupted as stopped
    w = threading.Thread(target=waiter, daemon=True)
    w.start()
    w.join(timeout)
run("join", join_new)
run("join-timeout", lambda: join_new(30))
run("sleep", lambda: time.sleep(30))
run("busy", busy)
run("event", lambda: threading.Event().wait())
run("lock", lambda: (lambda l: (l.acquire(), l.acquire()))(threading.Lock()))
run("queue", lambda: queue.Queue().get())
cond = threading.Condition()
def cwait():
    with cond:
        cond.wait()
run("condition", cwait)
print("workers alive", all(t.is_alive() for t in workers), spins[0] > 0)

# a handler installed with signal.signal runs in the main thread
got = []
def handler(signum, frame):
    got.append((signum, threading.current_thread().name))
old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler)
k = threading.Thread(target=interrupt_soon); k.start()
deadline = time.time() + 10
while not got and time.time() < deadline:
    time.sleep(0.01)
k.join(5)
print(got)
signal.signal(signal.SIGINT, signal.default_int_handler)
stop.set()
for t in workers:
    t.join(5)
print("done")
