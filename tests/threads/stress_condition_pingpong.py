import threading
cond = threading.Condition()
state = {"turn": 0, "log": []}
ROUNDS, PLAYERS = 500, 4
def player(pid):
    for r in range(ROUNDS):
        with cond:
            if not cond.wait_for(lambda: state["turn"] % PLAYERS == pid, timeout=30):
                print("FAIL: timeout")
                return
            state["log"].append(pid)
            state["turn"] += 1
            cond.notify_all()
ts = [threading.Thread(target=player, args=(p,)) for p in range(PLAYERS)]
for t in ts: t.start()
for t in ts: t.join(timeout=60)
if any(t.is_alive() for t in ts):
    print("FAIL: thread still alive")
log = state["log"]
print(len(log), log[:8], all(log[i] == i % PLAYERS for i in range(len(log))))
ev_go = threading.Event()
arrived = []
alock = threading.Lock()
def waiter(i):
    ev_go.wait(30)
    with alock:
        arrived.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(16)]
for t in ts: t.start()
ev_go.set()
for t in ts: t.join(timeout=30)
print(sorted(arrived) == list(range(16)))
b = threading.Barrier(8)
gens = []
glock = threading.Lock()
def phased(i):
    for phase in range(50):
        b.wait(30)
        with glock:
            gens.append(phase)
ts = [threading.Thread(target=phased, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join(timeout=60)
ok = all(sorted(gens[k * 8:(k + 1) * 8]) == [gens[k * 8]] * 8 for k in range(50))
print(len(gens), ok)
